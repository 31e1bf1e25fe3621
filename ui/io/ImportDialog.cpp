// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "io/ContactFile.h"
#include "io/ContactStream.h"
#include "io/FileIo.h"
#include "io/ImportPlanModel.h"
#include "io/ImportPreview.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// Large files plan and import with a visible progress bar; small ones do not flicker.
constexpr qint64 ShowProgressFromBytes = 64 * 1024;
// The file's start that detectFormat() reads.
constexpr qint64 HeadBytes = 64 * 1024;
} // namespace

ImportDialog::ImportDialog(Database& db, qint64 memberId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_memberId(memberId)
    , m_plan(std::make_unique<io::ImportPreview>(db))
{
    setObjectName(u"importDialog"_s);
    const std::optional<Member> member = CircleService(db).member(memberId);
    setWindowTitle(tr("Import people into the list of %1").arg(member ? member->name : QString()));

    auto* layout = new QVBoxLayout(this);
    QPushButton* choose = addFileRow(layout);
    addReadOptions(layout);
    addMappingAndPreview(layout);
    QPushButton* close = addProgressAndButtons(layout);
    connectControls(choose, close);
    resize(860, 640);
}

QPushButton* ImportDialog::addFileRow(QVBoxLayout* layout)
{
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(u"filePath"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("LinkedIn Connections.csv, a CSV or a vCard file"));
    auto* choose = new QPushButton(tr("Choose File…"));
    choose->setObjectName(u"chooseFile"_s);
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    return choose;
}

void ImportDialog::addReadOptions(QVBoxLayout* layout)
{
    auto* options = new QGroupBox(tr("How to read it"));
    auto* optionsLayout = new QHBoxLayout(options);
    auto* leftForm = new QFormLayout;
    m_format = new QComboBox;
    m_format->setObjectName(u"format"_s);
    for (io::ImportFormat f : {io::ImportFormat::Auto, io::ImportFormat::LinkedIn,
             io::ImportFormat::Csv, io::ImportFormat::VCard})
        m_format->addItem(io::formatName(f), int(f));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"encoding"_s);
    for (io::Encoding e : {io::Encoding::Auto, io::Encoding::Utf8, io::Encoding::Utf16LE,
             io::Encoding::Utf16BE, io::Encoding::Latin1})
        m_encoding->addItem(io::encodingName(e), int(e));
    leftForm->addRow(tr("Format:"), m_format);
    leftForm->addRow(tr("Encoding:"), m_encoding);
    auto* rightForm = new QFormLayout;
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(u"delimiter"_s);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), u","_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_delimiter->addItem(tr("Tab"), u"\t"_s);
    m_delimiter->addItem(tr("Bar ( | )"), u"|"_s);
    m_hasHeader = new QCheckBox(tr("The first row names the columns"));
    m_hasHeader->setObjectName(u"hasHeader"_s);
    m_hasHeader->setChecked(true);
    rightForm->addRow(tr("Delimiter:"), m_delimiter);
    rightForm->addRow(QString(), m_hasHeader);
    optionsLayout->addLayout(leftForm, 1);
    optionsLayout->addLayout(rightForm, 1);
    layout->addWidget(options);
}

void ImportDialog::addMappingAndPreview(QVBoxLayout* layout)
{
    m_detected = new QLabel;
    m_detected->setObjectName(u"detected"_s);
    m_detected->setTextFormat(Qt::PlainText);
    layout->addWidget(m_detected);

    m_mappingLabel = new QLabel(tr("Which column holds what:"));
    layout->addWidget(m_mappingLabel);
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(u"mapping"_s);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Goes into")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setMaximumHeight(160);
    layout->addWidget(m_mapping);

    m_error = new QLabel;
    m_error->setObjectName(u"error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new io::ImportPlanModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(u"preview"_s);
    m_preview->setModel(m_model);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    layout->addWidget(m_preview, 1);

    m_summary = new QLabel;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
}

QPushButton* ImportDialog::addProgressAndButtons(QVBoxLayout* layout)
{
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progress"_s);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(u"cancelImport"_s);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancelButton->hide();

    auto* buttons = new QDialogButtonBox;
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);
    return close;
}

void ImportDialog::connectControls(QPushButton* choose, QPushButton* close)
{
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    for (QComboBox* box : {m_format, m_encoding, m_delimiter})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating) {
                m_mapping->setRowCount(0); // read anew: the columns may differ
                refresh();
            }
        });
    connect(m_hasHeader, &QCheckBox::toggled, this, [this] {
        m_mapping->setRowCount(0);
        refresh();
    });
}

ImportDialog::~ImportDialog()
{
    m_model->setPreview(nullptr);
}

void ImportDialog::reject()
{
    if (m_busy) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

void ImportDialog::chooseFile()
{
    const QString path = FileDialog::openFileName(this, tr("Import people"), QDir::homePath(),
        tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_head.clear();
    m_readable = false;
    m_mapping->setRowCount(0);
    m_model->setPreview(nullptr);
    m_plan->clear();
    QString error;
    QFile file;
    if (!io::openInputFile(path, &file, &error)) {
        showError(error);
        return;
    }
    m_head = file.read(HeadBytes);
    m_readable = true;
    // Show what was detected in the combo, so the user sees it and can change it.
    const io::ImportFormat detected = io::detectFormat(path, m_head);
    m_updating = true;
    const int index = m_format->findData(int(detected));
    m_format->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
    refresh();
}

io::CsvOptions ImportDialog::currentOptions() const
{
    io::CsvOptions options;
    options.encoding = io::Encoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    return options;
}

io::CsvMapping ImportDialog::currentMapping() const
{
    io::CsvMapping mapping;
    mapping.hasHeader = m_hasHeader->isChecked();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        mapping.columns.append(
            box ? io::CsvField(box->currentData().toInt()) : io::CsvField::Ignore);
    }
    return mapping;
}

void ImportDialog::rebuildMapping(const QStringList& headers, const QStringList& sample)
{
    const io::CsvMapping guessed
        = m_hasHeader->isChecked() ? io::guessMapping(headers) : io::CsvMapping {};
    m_mapping->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        const QString name
            = m_hasHeader->isChecked() ? headers.at(row) : tr("Column %1").arg(row + 1);
        m_mapping->setItem(row, 0, new QTableWidgetItem(name));
        m_mapping->setItem(row, 1, new QTableWidgetItem(sample.value(row).left(80)));
        auto* box = new QComboBox;
        box->setObjectName(u"mapColumn%1"_s.arg(row));
        for (io::CsvField f : io::csvFields())
            box->addItem(io::csvFieldName(f), int(f));
        const io::CsvField field = guessed.columns.value(row, io::CsvField::Ignore);
        box->setCurrentIndex(box->findData(int(field)));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        m_mapping->setCellWidget(row, 2, box);
    }
}

void ImportDialog::refresh()
{
    if (m_busy || !m_readable) {
        m_importButton->setEnabled(false);
        return;
    }
    m_error->hide();
    m_model->setPreview(nullptr);
    const auto format = io::ImportFormat(m_format->currentData().toInt());
    const io::ImportFormat use
        = format == io::ImportFormat::Auto ? io::detectFormat(m_path, m_head) : format;
    const bool csv = use == io::ImportFormat::Csv;
    m_mapping->setVisible(csv);
    m_mappingLabel->setVisible(csv);
    m_delimiter->setEnabled(use != io::ImportFormat::VCard);
    m_hasHeader->setEnabled(csv);
    m_detected->setText(tr("Reading as: %1").arg(io::formatName(use)));
    if (use == io::ImportFormat::Json) {
        m_plan->clear();
        showError(tr(
            "This is an Outloud JSON export, a whole database: restore it from Backups instead."));
        return;
    }

    io::StreamedImport how;
    how.format = use;
    how.options = currentOptions();
    how.opened = [this, csv](io::ContactStream& stream, QString* error) {
        return opened(stream, csv, error);
    };
    m_cancel = false;
    const bool large = QFileInfo(m_path).size() >= ShowProgressFromBytes;
    if (large) {
        setBusy(true);
        how.progress
            = [this](qsizetype done, qsizetype total) { return reportProgress(done, total); };
    }
    io::ImportOutcome counts;
    QString error;
    bool fileError = false;
    bool cancelled = false;
    const bool ok = m_plan->plan(m_memberId, m_path, how, &counts, &error, &fileError, &cancelled);
    if (large)
        setBusy(false);
    if (cancelled) {
        m_summary->setText(tr("The preview was cancelled."));
        m_importButton->setEnabled(false);
        return;
    }
    if (!ok) {
        if (fileError) {
            m_mapping->hide();
            m_mappingLabel->hide();
        }
        showError(error);
        return;
    }
    m_model->setPreview(m_plan.get());
    m_preview->resizeColumnsToContents();
    m_summary->setText(tr("%1 to add, %2 to merge, %3 to skip.")
                           .arg(counts.added)
                           .arg(counts.merged)
                           .arg(counts.skipped));
    m_importButton->setEnabled(counts.added + counts.merged > 0);
}

bool ImportDialog::opened(io::ContactStream& stream, bool csv, QString* error)
{
    const QString encoding = io::encodingName(stream.encoding());
    if (!csv) {
        m_detected->setText(
            tr("Reading as: %1").arg(tr("%1, %2").arg(io::formatName(stream.format()), encoding)));
        return true;
    }
    const QChar delimiter = stream.delimiter();
    m_detected->setText(tr("Reading as: %1")
                            .arg(tr("%1, %2, delimiter “%3”")
                                     .arg(io::formatName(io::ImportFormat::Csv), encoding,
                                         delimiter == u'\t' ? tr("tab") : QString(delimiter))));
    // The columns come from the file's first rows; the user's choices stay while they fit.
    const QList<io::CsvRow> first = stream.firstRows(2);
    const QStringList headers = first.value(0).fields;
    if (m_mapping->rowCount() != headers.size())
        rebuildMapping(headers, first.value(m_hasHeader->isChecked() ? 1 : 0).fields);
    return stream.setMapping(currentMapping(), error);
}

void ImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_summary->setText(tr("Nothing can be imported from this file."));
    m_importButton->setEnabled(false);
}

bool ImportDialog::reportProgress(qsizetype done, qsizetype total)
{
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(done));
    // Keeps the window painting and the Cancel button clickable; the rest is disabled.
    QCoreApplication::processEvents();
    return !m_cancel;
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_encoding),
             static_cast<QWidget*>(m_delimiter), static_cast<QWidget*>(m_hasHeader),
             static_cast<QWidget*>(m_mapping), static_cast<QWidget*>(m_importButton)})
        w->setEnabled(!busy);
    if (busy)
        m_progress->setValue(0);
}

void ImportDialog::runImport()
{
    m_cancel = false;
    setBusy(true);
    QString error;
    bool cancelled = false;
    io::ImportOutcome outcome;
    const bool ok = m_plan->import(&outcome, &error, &cancelled,
        [this](qsizetype done, qsizetype total) { return reportProgress(done, total); });
    setBusy(false);
    if (!ok) {
        if (!cancelled)
            refresh(); // the list or the file changed: show what an import would do now
        m_error->setText(error);
        m_error->show();
        if (cancelled)
            m_importButton->setEnabled(true);
        return;
    }
    m_outcome = outcome;
    Q_EMIT imported(outcome);
    accept();
}

} // namespace outloud
