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
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// Large files plan and import with a visible progress bar from the start; for smaller ones it
// shows once the work took this long (a large list plans slowly too), so quick ones do not
// flicker.
constexpr qint64 ShowProgressFromBytes = 64 * 1024;
constexpr qint64 ShowProgressAfterMs = 300;
// How often the progress bar follows the thread's work.
constexpr int PollMs = 50;
// The file's start that detectFormat() reads.
constexpr qint64 HeadBytes = 64 * 1024;
} // namespace

// What a preview or an import on its thread shares with the dialog. The thread writes the
// results; the dialog reads them after the thread finished.
struct ImportDialog::Work
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancel {false};
    std::atomic<bool> writing {false}; ///< The file was read: done and total count merges.
    bool ok = false;
    bool cancelled = false;
    bool fileError = false;
    QString error;
    io::ImportOutcome outcome;
    // The preview: how the file was read, and its columns when the mapping must be rebuilt.
    QString detected;
    bool rebuildMapping = false;
    QStringList headers;
    QStringList sample;

    io::ImportProgress progress()
    {
        return [this](qsizetype read, qsizetype size) {
            done = read;
            total = size;
            return !cancel.load();
        };
    }
    io::ImportProgress writingProgress()
    {
        return [this](qsizetype written, qsizetype count) {
            done = written;
            total = count;
            writing = true;
            return !cancel.load();
        };
    }
};

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
    m_choose = new QPushButton(tr("Choose File…"));
    m_choose->setObjectName(u"chooseFile"_s);
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);
    return m_choose;
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
    // Columns fit the rows in sight: the first 1,000 (Qt's default) meant eight pages read and
    // measured on the GUI thread after each preview.
    m_preview->horizontalHeader()->setResizeContentsPrecision(0);
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
    m_poll = new QTimer(this);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &ImportDialog::showProgress);

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
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_work)
            m_work->cancel = true;
    });
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
    // The window closing: an import not finished is rolled back on its own connection; the
    // database this dialog was given may be gone already, so nothing here touches it.
    stopWork();
    m_model->setPreview(nullptr);
}

void ImportDialog::reject()
{
    if (m_busy) {
        m_work->cancel = true;
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
    stopWork();
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
    const QList<io::CsvField> guessed = guessedColumns(headers, m_hasHeader->isChecked());
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
        const io::CsvField field = guessed.value(row, io::CsvField::Ignore);
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
    m_use = use;
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
    // The stream opens on the worker: it reads the columns there, and the table of columns is
    // built here afterwards, the same way (guessed from the headers when their number changed).
    const io::CsvMapping mapping = currentMapping();
    startWork(
        [plan = m_plan.get(), how, csv, mapping, member = m_memberId, path = m_path](
            Database& db, Work& work) mutable {
            how.opened = [&work, csv, mapping](io::ContactStream& stream, QString* error) {
                return opened(stream, csv, mapping, &work, error);
            };
            how.progress = work.progress();
            io::ImportOutcome counts;
            const bool ok = plan->plan(
                db, member, path, how, &counts, &work.error, &work.fileError, &work.cancelled);
            work.outcome = counts;
            return ok;
        },
        [this](const Work& work) { previewDone(work); });
}

void ImportDialog::previewDone(const Work& work)
{
    if (!work.detected.isEmpty())
        m_detected->setText(work.detected);
    if (work.rebuildMapping)
        rebuildMapping(work.headers, work.sample);
    if (work.cancelled) {
        m_summary->setText(tr("The preview was cancelled."));
        m_importButton->setEnabled(false);
        return;
    }
    if (!work.ok) {
        if (work.fileError) {
            m_mapping->hide();
            m_mappingLabel->hide();
        }
        showError(work.error);
        return;
    }
    const io::ImportOutcome& counts = work.outcome;
    m_model->setPreview(m_plan.get());
    m_preview->resizeColumnsToContents();
    m_summary->setText(tr("%L1 to add, %L2 to merge, %L3 to skip.")
                           .arg(counts.added)
                           .arg(counts.merged)
                           .arg(counts.skipped));
    m_importButton->setEnabled(counts.added + counts.merged > 0);
}

bool ImportDialog::opened(
    io::ContactStream& stream, bool csv, io::CsvMapping mapping, Work* work, QString* error)
{
    const QString encoding = io::encodingName(stream.encoding());
    if (!csv) {
        work->detected
            = tr("Reading as: %1").arg(tr("%1, %2").arg(io::formatName(stream.format()), encoding));
        return true;
    }
    const QChar delimiter = stream.delimiter();
    work->detected = tr("Reading as: %1")
                         .arg(tr("%1, %2, delimiter “%3”")
                                  .arg(io::formatName(io::ImportFormat::Csv), encoding,
                                      delimiter == u'\t' ? tr("tab") : QString(delimiter)));
    // The columns come from the file's first rows; the user's choices stay while they fit.
    const QList<io::CsvRow> first = stream.firstRows(2);
    const QStringList headers = first.value(0).fields;
    if (mapping.columns.size() != headers.size()) {
        work->rebuildMapping = true;
        work->headers = headers;
        work->sample = first.value(mapping.hasHeader ? 1 : 0).fields;
        mapping.columns = guessedColumns(headers, mapping.hasHeader);
    }
    return stream.setMapping(mapping, error);
}

QList<io::CsvField> ImportDialog::guessedColumns(const QStringList& headers, bool hasHeader)
{
    const io::CsvMapping guessed = hasHeader ? io::guessMapping(headers) : io::CsvMapping {};
    QList<io::CsvField> columns;
    for (qsizetype column = 0; column < headers.size(); ++column)
        columns.append(guessed.columns.value(column, io::CsvField::Ignore));
    return columns;
}

void ImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_summary->setText(tr("Nothing can be imported from this file."));
    m_importButton->setEnabled(false);
}

void ImportDialog::startWork(Run run, std::function<void(const Work&)> done)
{
    auto work = std::make_shared<Work>();
    m_work = work;
    m_showProgressNow = QFileInfo(m_path).size() >= ShowProgressFromBytes;
    setBusy(true);
    m_thread = QThread::create(
        [work, run = std::move(run), location = m_db.path(), clock = m_db.clock()] {
            std::unique_ptr<Database> db
                = Database::open(location, &work->error, Database::OpenMode::MustExist);
            if (!db)
                return;
            db->setClock(clock);
            work->ok = run(*db, *work);
        });
    connect(m_thread, &QThread::finished, this, [this, work, done = std::move(done)] {
        if (m_work != work)
            return; // stopped: its results are not wanted
        m_thread->deleteLater();
        m_thread = nullptr;
        m_work.reset();
        setBusy(false);
        done(*work);
    });
    m_thread->start();
}

void ImportDialog::stopWork()
{
    if (!m_thread)
        return;
    m_work->cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_work.reset();
    setBusy(false);
}

void ImportDialog::showProgress()
{
    if (!m_work)
        return;
    if (!m_progress->isVisible()
        && (m_showProgressNow || m_busyFor.elapsed() >= ShowProgressAfterMs)) {
        m_progress->show();
        m_cancelButton->show();
    }
    m_progress->setFormat(
        m_work->writing ? tr("Saving the merges: %p%") : tr("Reading the file: %p%"));
    const qint64 total = m_work->total.load();
    if (total > 0) {
        // Bytes of the file, then people: scaled to what a progress bar holds.
        m_progress->setMaximum(1000);
        m_progress->setValue(int(std::min(m_work->done.load(), total) * 1000 / total));
    }
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy && m_showProgressNow);
    m_cancelButton->setVisible(busy && m_showProgressNow);
    m_cancelButton->setEnabled(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_format),
             static_cast<QWidget*>(m_encoding), static_cast<QWidget*>(m_delimiter),
             static_cast<QWidget*>(m_hasHeader), static_cast<QWidget*>(m_mapping),
             static_cast<QWidget*>(m_importButton)})
        w->setEnabled(!busy);
    // What the format allows, as refresh() set it.
    m_delimiter->setEnabled(!busy && m_use != io::ImportFormat::VCard);
    m_hasHeader->setEnabled(!busy && m_use == io::ImportFormat::Csv);
    if (busy) {
        m_progress->setFormat(tr("Reading the file: %p%"));
        m_progress->setMaximum(1000);
        m_progress->setValue(0);
        m_busyFor.start();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void ImportDialog::runImport()
{
    m_error->hide();
    startWork(
        [plan = m_plan.get()](Database& db, Work& work) {
            return plan->import(db, &work.outcome, &work.error, &work.cancelled, work.progress(),
                work.writingProgress());
        },
        [this](const Work& work) { importDone(work); });
}

void ImportDialog::importDone(const Work& work)
{
    if (!work.ok) {
        if (!work.cancelled)
            refresh(); // the list or the file changed: show what an import would do now
        m_error->setText(work.error);
        m_error->show();
        if (work.cancelled)
            m_importButton->setEnabled(true);
        return;
    }
    // Written through the thread's connection: the window's models read it again.
    m_db.notifyChanged(Database::People);
    m_outcome = work.outcome;
    Q_EMIT imported(m_outcome);
    accept();
}

} // namespace outloud
