// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transfer/importdialog.h"

#include "core/document/atlasdocument.h"
#include "core/domain/enumtext.h"
#include "core/editing/numbertext.h"
#include "core/io/records.h"
#include "core/models/tooltiptext.h"
#include "core/store/collectingsink.h"
#include "core/undo/execute.h"
#include "ui/transfer/columnchoicespanel.h"
#include "ui/transfer/previewtable.h"
#include "ui/transfer/writeprogressdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace atlas {
namespace {

// The preview lists this many rows; the summary counts them all.
constexpr int kPreviewRows = 1000;

io::Geometry geometryOf(io::ImportKind kind)
{
    return kind == io::ImportKind::Links ? io::Geometry::Line : io::Geometry::Point;
}

struct ReadOutcome
{
    io::ImportPlan plan;
    QString readError;
};

QString phaseSummary(const Dataset& data, const SitePhase& phase)
{
    QStringList parts{formatDate(phase.onlineDate, phase.datePrecision)};
    if (phase.itMw)
        parts << ImportDialog::tr("%1 MW").arg(numberText(phase.itMw));
    if (const std::optional<qint64> gpus = phase.gpuCount())
        parts << ImportDialog::tr("%1 GPUs").arg(QLocale().toString(*gpus));
    for (const ChipCount& chip : phase.chips) {
        if (const GpuModel* model = data.gpuModel(chip.gpuModelId))
            parts << model->name;
    }
    if (phase.projected)
        parts << ImportDialog::tr("projected");
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ImportDialog::ImportDialog(AtlasDocument* document, io::ImportKind kind, QWidget* parent)
    : QDialog(parent), m_document(document), m_kind(kind), m_summary(new QLabel(this)),
      m_choicesPanel(new ColumnChoicesPanel(kind, this)), m_table(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_import(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUpPreviewTable(m_table);
    m_import->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_choicesPanel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_choicesPanel, &ColumnChoicesPanel::choicesChanged, this,
            [this](const io::ColumnChoices& choices) {
                ColumnChoicesPanel::remember(m_kind, m_plan.columns, choices);
                if (plan(choices))
                    showPlan();
            });
    resize(960, 600);
}

QString ImportDialog::kindTitle() const
{
    switch (m_kind) {
    case io::ImportKind::Sites:
        return tr("Import Sites");
    case io::ImportKind::Links:
        return tr("Import Fiber Links");
    case io::ImportKind::Phases:
        return tr("Import Phases");
    }
    return {};
}

bool ImportDialog::plan(const io::ColumnChoices& choices)
{
    const QString name = QFileInfo(m_path).fileName();
    // The reading works on a copy of the data: the window keeps running meanwhile (and may
    // reload its own). Cancel stops it between two rows.
    const Dataset data = m_document->dataset();
    const QString path = m_path;
    const io::ImportKind kind = m_kind;
    io::ImportOptions options;
    options.choices = choices;
    options.previewRows = kPreviewRows;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<int>>(0);
    QFutureWatcher<ReadOutcome> watcher;
    QProgressDialog progress(tr("Reading and checking %1…").arg(name), tr("Cancel"), 0, 1000,
                             parentWidget());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300); // a quick read never flashes a dialog
    QEventLoop waiting;
    connect(&watcher, &QFutureWatcher<ReadOutcome>::finished, &waiting, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &waiting,
            [cancelled] { cancelled->store(true); });
    QTimer ticks;
    connect(&ticks, &QTimer::timeout, &progress,
            [&progress, done] { progress.setValue(done->load()); });
    ticks.start(100);
    watcher.setFuture(QtConcurrent::run([=] {
        ReadOutcome outcome;
        io::ReadError error;
        const std::unique_ptr<io::RecordSource> source =
            io::openRecordFile(path, geometryOf(kind), &error);
        if (!source) {
            outcome.readError = error.message;
            return outcome;
        }
        // Only counted: the preview keeps its first rows, not the whole import.
        CountingSink sink;
        outcome.plan =
            io::planImport(kind, data, *source, sink, options, [&](double fraction, int) {
                done->store(int(fraction * 1000));
                return !cancelled->load();
            });
        return outcome;
    }));
    if (!watcher.isFinished())
        waiting.exec();
    watcher.waitForFinished();
    if (cancelled->load())
        return false;
    const ReadOutcome outcome = watcher.result();
    m_plan = outcome.plan;
    m_readError = outcome.readError;
    m_choices = choices;
    return true;
}

bool ImportDialog::preview(const QString& path)
{
    m_path = path;
    setWindowTitle(tr("%1 — %2").arg(kindTitle(), QFileInfo(path).fileName()));
    if (!plan({}))
        return false;
    // A file with the same columns as one imported before is read as it was then.
    const io::ColumnChoices remembered = ColumnChoicesPanel::remembered(m_kind, m_plan.columns);
    if (!remembered.isEmpty() && !plan(remembered))
        return false;
    showPlan();
    return true;
}

void ImportDialog::showPlan()
{
    const QString name = QFileInfo(m_path).fileName();
    m_choicesPanel->show(m_plan, m_choices);
    m_choicesPanel->setVisible(m_readError.isEmpty());
    m_table->show();
    if (!m_readError.isEmpty()) {
        m_summary->setText(tr("<b>%1 cannot be imported.</b> %2").arg(name.toHtmlEscaped(), m_readError.toHtmlEscaped()));
        m_table->hide();
    } else if (m_plan.issueCount > 0) {
        m_summary->setText(tr("<b>%1</b> Fix them in the file (or choose how a column is read) and "
                              "import it again; "
                              "the table lists each by row and column.")
                               .arg(m_plan.summary().toHtmlEscaped()));
        showIssues();
    } else if (m_plan.records == 0) {
        m_summary->setText(tr("<b>%1 has no rows to import.</b>").arg(name.toHtmlEscaped()));
        m_table->hide();
    } else {
        m_summary->setText(tr("<b>Ready to import %1:</b> %2. Import writes all of it or nothing; Edit > Undo takes it back.")
                               .arg(name.toHtmlEscaped(), m_plan.summary().toHtmlEscaped()));
        showChanges();
    }
    m_import->setEnabled(m_plan.ok());
}

QString ImportDialog::summaryText() const { return m_summary->text(); }

void ImportDialog::showIssues()
{
    m_table->clear();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    const int shown = int(std::min<qsizetype>(m_plan.issues.size(), kPreviewRows));
    m_table->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const io::ImportIssue& issue = m_plan.issues[i];
        auto* row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, issue.row);
        m_table->setItem(i, 0, row);
        m_table->setItem(i, 1, new QTableWidgetItem(issue.column));
        auto* message = new QTableWidgetItem(issue.message);
        message->setToolTip(plainToolTip(issue.message)); // it quotes the file
        m_table->setItem(i, 2, message);
    }
    m_table->setColumnWidth(0, 60);
    m_table->setColumnWidth(1, 140);
}

void ImportDialog::showChanges()
{
    const Dataset& data = m_document->dataset();
    m_table->clear();
    QStringList headers{tr("Row"), QString()};
    switch (m_kind) {
    case io::ImportKind::Sites:
        headers << tr("Name") << tr("Longitude") << tr("Latitude") << tr("Status")
                << tr("Planned MW") << tr("City") << tr("Phase");
        break;
    case io::ImportKind::Links:
        headers << tr("Site A") << tr("Site B") << tr("Carrier") << tr("Tbps") << tr("Status")
                << tr("Lit on");
        break;
    case io::ImportKind::Phases:
        headers << tr("Site") << tr("Phase");
        break;
    }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const auto siteName = [&data](Id id) {
        const Site* s = data.site(id);
        return s ? s->name : QString();
    };
    QVector<QStringList> lines;
    QHash<int, int> lineOfRow; // file row → its line, for the phase a sites row adds
    for (const io::PreviewRow& preview : std::as_const(m_plan.preview)) {
        const QString what = preview.updates ? tr("update") : tr("new");
        if (const auto* site = std::get_if<Site>(&preview.change)) {
            lineOfRow.insert(preview.row, int(lines.size()));
            lines.append({QString::number(preview.row), what, site->name,
                          site->hasLocation() ? numberText(site->lon) : tr("not placed"),
                          site->hasLocation() ? numberText(site->lat) : QString(),
                          displayName(site->status), numberText(site->plannedMw), site->city,
                          QString()});
        } else if (const auto* link = std::get_if<FiberLink>(&preview.change)) {
            lines.append({QString::number(preview.row), what, siteName(link->siteA),
                          siteName(link->siteB), link->carrier, numberText(link->capacityTbps),
                          displayName(link->status), link->activeDate.toString(Qt::ISODate)});
        } else if (const auto* phase = std::get_if<SitePhase>(&preview.change)) {
            if (m_kind == io::ImportKind::Sites && lineOfRow.contains(preview.row)) {
                lines[lineOfRow.value(preview.row)].last() = phaseSummary(data, *phase);
                continue;
            }
            if (m_kind == io::ImportKind::Sites) // the site is unchanged, its phase is new
                lines.append({QString::number(preview.row), what, siteName(phase->siteId),
                              QString(), QString(), QString(), QString(), QString(),
                              phaseSummary(data, *phase)});
            else
                lines.append({QString::number(preview.row), what, siteName(phase->siteId),
                              phaseSummary(data, *phase)});
        }
    }
    m_table->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        for (int c = 0; c < lines[r].size(); ++c) {
            auto* item = new QTableWidgetItem(lines[r][c]);
            item->setToolTip(plainToolTip(lines[r][c]));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setColumnWidth(0, 60);
    m_table->setColumnWidth(1, 60);
    m_table->setColumnWidth(2, 240);
}

void ImportDialog::accept()
{
    if (!m_plan.ok())
        return;
    const QString name = QFileInfo(m_path).fileName();
    const QString text = tr("%1 from %2").arg(kindTitle(), name);
    WriteProgressDialog progress(this, tr("Importing %1…").arg(name));
    const WriteProgress step = progress.callback();
    io::ImportOutcome outcome;
    io::ImportOptions options;
    options.choices = m_choices;
    options.previewRows = 0;
    const QString path = m_path;
    const io::ImportKind kind = m_kind;
    // The file is read again, under the write lock, and planned against the data as it is
    // then: another window or program may have written in between.
    const auto open = [path, kind, &outcome] {
        return io::openRecordFile(path, geometryOf(kind), &outcome.readError);
    };
    const WriteResult result =
        undo::execute(*m_document,
                      io::importProducer(
                          kind, open, options, &outcome,
                          [&step](double done, int) { return step(qsizetype(done * 1000), 1000); }),
                      text);
    if (outcome.plan.cancelled || (progress.wasCancelled() && !result.ok)) {
        m_summary->setText(tr("<b>Import cancelled; nothing was changed.</b> Import again when ready."));
        return;
    }
    if (!result.ok) {
        m_plan = outcome.plan;
        if (outcome.readFailed)
            m_readError = outcome.readError.message;
        if (m_plan.issueCount > 0 || outcome.readFailed) {
            showPlan(); // the file changed since the preview: its problems now
            return;
        }
        // A change the store refused is among the plan's issues, at its row (shown above);
        // this is what failed after the last row, such as the commit on a full disk.
        m_summary->setText(tr("<b>Nothing was imported:</b> %1").arg(result.error.toHtmlEscaped()));
        return;
    }
    m_outcome = tr("Imported %1 from %2 (Ctrl+Z undoes it).")
                    .arg(outcome.plan.summary(), QDir::toNativeSeparators(m_path));
    QDialog::accept();
}

} // namespace atlas
