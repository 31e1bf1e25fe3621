// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareDialog.h"

#include "sharing/CardBuilder.h"
#include "sharing/CardFolder.h"
#include "sharing/CardPublisher.h"
#include "sharing/CircleFigures.h"
#include "sharing/SharingService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

ShareDialog::ShareDialog(Database& db, qint64 circleId, qint64 memberId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_memberId(memberId)
{
    setObjectName(u"shareDialog"_s);
    setWindowTitle(tr("Share through a folder"));
    const sharing::ShareSettings settings = sharing::SharingService(m_db).settings(m_circleId);

    auto* intro = new QLabel(tr("Each member's Outloud writes one small card into a folder the "
                                "circle shares (Syncthing, Nextcloud, a network drive) and reads "
                                "the others' cards from it. Your list, names and notes never "
                                "go there."),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(settings.folder, this);
    m_folder->setObjectName(u"shareFolderEdit"_s);
    m_folder->setPlaceholderText(tr("The circle's shared folder"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(u"chooseFolderButton"_s);
    connect(choose, &QPushButton::clicked, this, &ShareDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    const QList<std::pair<int, QString>> parts = {
        {sharing::GoalPart, tr("My goal and weekly target")},
        {sharing::CountsPart, tr("How many contributions I gave and received, per week")},
        {sharing::StreakPart, tr("My streak")},
        {sharing::HabitPart, tr("My habit strength")},
        {sharing::CommitmentsPart, tr("How many commitments were due and kept")},
    };
    const QStringList names = {
        u"shareGoal"_s, u"shareCounts"_s, u"shareStreak"_s, u"shareHabit"_s, u"shareCommitments"_s};
    auto* partsBox = new QVBoxLayout;
    for (int i = 0; i < parts.size(); ++i) {
        auto* box = new QCheckBox(parts.at(i).second, this);
        box->setObjectName(names.at(i));
        box->setProperty("part", parts.at(i).first);
        box->setChecked((settings.parts & parts.at(i).first) != 0);
        connect(box, &QCheckBox::toggled, this, &ShareDialog::updatePreview);
        partsBox->addWidget(box);
        m_parts.append(box);
    }

    auto* previewTitle = new QLabel(tr("Exactly this leaves your computer, rewritten a few "
                                       "seconds after each change:"),
        this);
    previewTitle->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"cardPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(180);
    m_status = new QLabel(this);
    m_status->setObjectName(u"shareStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_folderNotes = new QLabel(this);
    m_folderNotes->setObjectName(u"shareFolderNotes"_s);
    m_folderNotes->setTextFormat(Qt::PlainText);
    m_folderNotes->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_shareButton = buttons->addButton(tr("Share this card"), QDialogButtonBox::ActionRole);
    m_shareButton->setObjectName(u"shareButton"_s);
    m_readButton = buttons->addButton(tr("Only read the others"), QDialogButtonBox::ActionRole);
    m_readButton->setObjectName(u"readOnlyButton"_s);
    m_stopButton = buttons->addButton(tr("Stop sharing"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(u"stopSharingButton"_s);
    connect(m_readButton, &QPushButton::clicked, this, [this] { saveFolder(false); });
    connect(m_shareButton, &QPushButton::clicked, this, [this] { saveFolder(true); });
    connect(m_stopButton, &QPushButton::clicked, this, &ShareDialog::stopSharing);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &ShareDialog::updatePreview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addLayout(partsBox);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_folderNotes);
    layout->addWidget(buttons);
    resize(640, 620);
    updatePreview();
}

int ShareDialog::parts() const
{
    int result = 0;
    for (const QCheckBox* box : m_parts) {
        if (box->isChecked())
            result |= box->property("part").toInt();
    }
    return result;
}

QString ShareDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ShareDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void ShareDialog::updatePreview()
{
    const std::optional<sharing::Card> card
        = sharing::buildCard(m_db, m_circleId, m_memberId, parts(), m_db.now());
    m_preview->setPlainText(card ? QString::fromUtf8(sharing::cardToJson(*card)) : QString());
    const sharing::ShareSettings settings = sharing::SharingService(m_db).settings(m_circleId);
    const QString folder = m_folder->text().trimmed();
    m_shareButton->setEnabled(!folder.isEmpty() && card);
    m_readButton->setEnabled(!folder.isEmpty());
    m_stopButton->setEnabled(settings.isSharing());
    if (settings.isSharing())
        m_status->setText(
            tr("Shared since %1 into %2.")
                .arg(QLocale().toString(settings.confirmedAt.toLocalTime(), QLocale::ShortFormat),
                    QDir::toNativeSeparators(settings.folder)));
    else if (!settings.folder.isEmpty())
        m_status->setText(tr("Reading the others' cards from %1; yours is not written there.")
                              .arg(QDir::toNativeSeparators(settings.folder)));
    else
        m_status->setText(tr("Not shared: nothing is written until you choose “Share this card”."));
    QStringList notes;
    if (!folder.isEmpty()) {
        const sharing::SharingService service(m_db);
        notes = sharing::readFolder(
            folder, service.circleUid(m_circleId), service.memberUid(m_memberId))
                    .notes;
    }
    m_folderNotes->setText(notes.join(u'\n'));
    m_folderNotes->setVisible(!notes.isEmpty());
}

void ShareDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("The circle's shared folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ShareDialog::saveFolder(bool writeCard)
{
    sharing::ShareSettings settings;
    settings.folder = m_folder->text().trimmed();
    settings.parts = parts();
    if (writeCard)
        settings.confirmedAt = m_db.now();
    QString error;
    const sharing::SharingService service(m_db);
    const sharing::ShareSettings before = service.settings(m_circleId);
    // A card left behind would go on showing old figures to the others.
    if ((before.folder != settings.folder || !writeCard)
        && !sharing::removeCard(before.folder, service.memberUid(m_memberId), &error)) {
        m_status->setText(error);
        return;
    }
    if (!sharing::SharingService(m_db).setSettings(m_circleId, settings, &error)
        || !sharing::CardPublisher(m_db, m_circleId, m_memberId).publishNow(&error)) {
        m_status->setText(error);
        return;
    }
    updatePreview();
    Q_EMIT sharingChanged();
}

void ShareDialog::stopSharing()
{
    QString error;
    sharing::SharingService service(m_db);
    const sharing::ShareSettings before = service.settings(m_circleId);
    // The folder stays chosen: the others' cards are still read from it.
    sharing::ShareSettings after;
    after.folder = before.folder;
    after.parts = before.parts;
    if (!sharing::removeCard(before.folder, service.memberUid(m_memberId), &error)
        || !service.setSettings(m_circleId, after, &error)) {
        m_status->setText(error);
        return;
    }
    updatePreview();
    Q_EMIT sharingChanged();
}

} // namespace outloud
