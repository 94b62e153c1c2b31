// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/importdialog.h"

#include "document/atlasdocument.h"
#include "domain/enumtext.h"
#include "editing/numbertext.h"
#include "editing/writeprogressdialog.h"
#include "io/records.h"
#include "models/tooltiptext.h"

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
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas {
namespace {

// The preview lists this many rows; the summary counts them all.
constexpr int kPreviewRows = 1000;

struct ReadOutcome
{
    io::ImportPlan plan;
    QString readError;
};

} // namespace

ImportDialog::ImportDialog(AtlasDocument* document, Rows rows, QWidget* parent)
    : QDialog(parent), m_document(document), m_rows(rows), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_import(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_import->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(900, 560);
}

bool ImportDialog::preview(const QString& path)
{
    m_path = path;
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(m_rows == Rows::Sites ? tr("Import Sites — %1").arg(name) : tr("Import Fiber Links — %1").arg(name));

    // The reading works on a copy of the data: the window keeps running meanwhile (and may
    // reload its own).
    const Dataset data = m_document->dataset();
    const bool sites = m_rows == Rows::Sites;
    QFutureWatcher<ReadOutcome> watcher;
    // A busy indicator that shows itself only if the reading takes more than a moment.
    QProgressDialog progress(tr("Reading and checking %1…").arg(name), tr("Cancel"), 0, 0, parentWidget());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop waiting;
    connect(&watcher, &QFutureWatcher<ReadOutcome>::finished, &waiting, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &waiting, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, data, sites] {
        ReadOutcome outcome;
        io::RecordTable records;
        io::ReadError error;
        if (!io::readRecordsFile(path, sites, &records, &error)) {
            outcome.readError = error.message;
            outcome.plan.issues.append({error.row, error.column, error.message});
            return outcome;
        }
        outcome.plan = sites ? io::planSiteImport(data, records) : io::planLinkImport(data, records);
        return outcome;
    }));
    if (!watcher.isFinished())
        waiting.exec();
    if (progress.wasCanceled() && !watcher.isFinished()) {
        watcher.waitForFinished(); // the reading cannot be stopped half-way; its result is dropped
        return false;
    }
    watcher.waitForFinished();
    const ReadOutcome outcome = watcher.result();
    m_plan = outcome.plan;
    m_readError = outcome.readError;

    if (!m_readError.isEmpty()) {
        m_summary->setText(tr("<b>%1 cannot be imported.</b> %2").arg(name.toHtmlEscaped(), m_readError.toHtmlEscaped()));
        showIssues();
    } else if (m_plan.records == 0) {
        m_summary->setText(tr("<b>%1 has no rows to import.</b>").arg(name.toHtmlEscaped()));
        m_table->hide();
    } else if (!m_plan.issues.isEmpty()) {
        m_summary->setText(tr("<b>%1</b> Fix them in the file and import it again; the table lists each by row and column.")
                               .arg(m_plan.summary().toHtmlEscaped()));
        showIssues();
    } else {
        m_summary->setText(tr("<b>Ready to import %1:</b> %2. Import writes all of it or nothing; Edit > Undo takes it back.")
                               .arg(name.toHtmlEscaped(), m_plan.summary().toHtmlEscaped()));
        showChanges();
    }
    m_import->setEnabled(m_plan.ok());
    return true;
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
    const bool sites = m_rows == Rows::Sites;
    const QStringList headers = sites ? QStringList{tr("Row"), tr(""), tr("Name"), tr("Longitude"), tr("Latitude"), tr("Status"), tr("Planned MW"), tr("City")}
                                      : QStringList{tr("Row"), tr(""), tr("Site A"), tr("Site B"), tr("Carrier"), tr("Tbps"), tr("Status"), tr("Lit on")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QVector<int> shownChanges;
    for (int i = 0; i < m_plan.changes.size() && shownChanges.size() < kPreviewRows; ++i) {
        if (m_plan.changeRows.value(i) > 0) // operators and sources the import adds are in the summary
            shownChanges.append(i);
    }
    m_table->setRowCount(int(shownChanges.size()));
    const auto siteName = [&data](Id id) { const Site* s = data.site(id); return s ? s->name : QString(); };
    for (int r = 0; r < shownChanges.size(); ++r) {
        const int i = shownChanges[r];
        const Row& row = m_plan.changes.changes()[i].row;
        QStringList cells{QString::number(m_plan.changeRows[i])};
        if (const auto* site = std::get_if<Site>(&row)) {
            cells << (site->id ? tr("update") : tr("new")) << site->name << numberText(site->lon) << numberText(site->lat)
                  << displayName(site->status) << numberText(site->plannedMw) << site->city;
        } else if (const auto* link = std::get_if<FiberLink>(&row)) {
            cells << tr("new") << siteName(link->siteA) << siteName(link->siteB) << link->carrier << numberText(link->capacityTbps)
                  << displayName(link->status) << link->activeDate.toString(Qt::ISODate);
        }
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
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
    const QString text = m_rows == Rows::Sites ? tr("Import sites from %1").arg(name) : tr("Import links from %1").arg(name);
    WriteProgressDialog progress(this, tr("Importing %1…").arg(name));
    const WriteResult result = m_document->execute(m_plan.changes, text, progress.callback());
    if (result.cancelled) {
        m_summary->setText(tr("<b>Import cancelled; nothing was changed.</b> Import again when ready."));
        return;
    }
    if (!result.ok) {
        const int row = m_plan.changeRows.value(result.failedChange);
        m_summary->setText(tr("<b>Nothing was imported:</b> %1%2")
                               .arg(row > 0 ? tr("row %1: ").arg(row) : QString(), result.error.toHtmlEscaped()));
        return;
    }
    m_outcome = tr("Imported %1 from %2 (Ctrl+Z undoes it).").arg(m_plan.summary(), QDir::toNativeSeparators(m_path));
    QDialog::accept();
}

} // namespace atlas
