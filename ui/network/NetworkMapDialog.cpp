// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMapDialog.h"

#include "NetworkMapWidget.h"
#include "io/FileIo.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

NetworkMapDialog::NetworkMapDialog(
    Database& db, qint64 memberId, const QString& meName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_memberId(memberId)
    , m_meName(meName)
{
    setObjectName(u"networkMapDialog"_s);
    setWindowTitle(tr("Network map"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"networkTagFilter"_s);
    m_tag->setAccessibleName(tr("Only people with this tag"));
    // As wide as "Any tag", not as the longest tag on a large list (a 1024-pixel screen).
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(18);
    m_closeness = new QComboBox(this);
    m_closeness->setObjectName(u"networkClosenessFilter"_s);
    m_closeness->setAccessibleName(tr("Only this closeness"));
    m_closeness->addItem(tr("Any closeness"), QPoint(0, 5));
    m_closeness->addItem(tr("0–1: new to me"), QPoint(0, 1));
    m_closeness->addItem(tr("2: a little contact"), QPoint(2, 2));
    m_closeness->addItem(tr("3–5: close"), QPoint(3, 5));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"networkSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto* legend = new QLabel(tr("Rings: closeness 5 inside, 0 outside · size: how much you "
                                 "exchanged · green: you gave more, orange: they gave more, "
                                 "blue: even, grey: nothing yet · lines: who introduced whom"),
        this);
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    m_map = new NetworkMapWidget(this);
    connect(m_map, &NetworkMapWidget::personClicked, this, &NetworkMapDialog::personActivated);

    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"networkExport"_s);
    exportButton->setToolTip(tr("Save the map as a PNG picture or an SVG drawing"));
    connect(exportButton, &QPushButton::clicked, this, &NetworkMapDialog::chooseExport);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_tag);
    filters->addWidget(m_closeness);
    filters->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_map, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);

    connect(m_tag, &QComboBox::currentIndexChanged, this, &NetworkMapDialog::refresh);
    connect(m_closeness, &QComboBox::currentIndexChanged, this, &NetworkMapDialog::refresh);
    connect(&db, &Database::changed, this, [this](Database::Tables tables) {
        if (tables & (Database::People | Database::Contributions)) {
            refreshTags();
            refresh();
        }
    });
    refreshTags();
    refresh();
    resize(900, 720);
}

void NetworkMapDialog::refreshTags()
{
    const QString current = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    QSet<QString> tags;
    for (const NetworkPerson& p : loadNetwork(m_db, m_memberId)) {
        for (const QString& t : p.tags)
            tags.insert(t);
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    m_tag->addItems(sorted);
    const int index = m_tag->findText(current);
    m_tag->setCurrentIndex(index > 0 ? index : 0);
}

void NetworkMapDialog::refresh()
{
    NetworkFilter filter;
    filter.tag = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    const QPoint range = m_closeness->currentData().toPoint();
    filter.minCloseness = range.x();
    filter.maxCloseness = range.y();
    const QFontMetricsF metrics(m_map->font());
    NetworkMap map = layoutNetwork(
        loadNetwork(m_db, m_memberId), filter,
        [&metrics](const QString& text) {
            return QSizeF(metrics.horizontalAdvance(text) + 2, metrics.height());
        },
        m_meName);
    const int shown = int(map.nodes.size());
    QString summary = tr("%1 of %n people", nullptr, map.total).arg(shown);
    if (map.grouped)
        summary += u" · "_s
            + tr("only the busiest are named: filter by tag or closeness to see every name");
    m_summary->setText(summary);
    m_map->setMap(std::move(map), m_meName);
}

bool NetworkMapDialog::exportTo(const QString& path, QString* error)
{
    const bool svg = QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0;
    const QByteArray bytes = svg ? NetworkMapWidget::toSvg(m_map->map(), m_meName, m_map->font())
                                 : NetworkMapWidget::toPng(m_map->map(), m_meName, m_map->font());
    return io::writePrivateFile(path, bytes, error);
}

void NetworkMapDialog::chooseExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the network map"),
        QDir::home().filePath(u"network.png"_s), tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(u"svg"_s) ? u".svg"_s : u".png"_s;
    QString error;
    if (!exportTo(target, &error))
        QMessageBox::warning(this, tr("Export the network map"), error);
}

} // namespace outloud
