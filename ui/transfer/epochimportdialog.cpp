// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transfer/epochimportdialog.h"

#include "core/document/atlasdocument.h"
#include "core/geo/gazetteer.h"
#include "core/models/tooltiptext.h"
#include "core/store/collectingsink.h"
#include "core/undo/execute.h"
#include "ui/transfer/previewtable.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {
namespace {

QString kindText(io::EpochSiteChange::Kind kind)
{
    switch (kind) {
    case io::EpochSiteChange::Kind::New:
        return EpochImportDialog::tr("new");
    case io::EpochSiteChange::Kind::Changed:
        return EpochImportDialog::tr("changed");
    case io::EpochSiteChange::Kind::Unchanged:
        return EpochImportDialog::tr("unchanged");
    case io::EpochSiteChange::Kind::EditedKept:
        return EpochImportDialog::tr("edited by you: kept");
    case io::EpochSiteChange::Kind::Missing:
        return EpochImportDialog::tr("no longer in the release: kept");
    }
    return {};
}

} // namespace

EpochImportDialog::EpochImportDialog(AtlasDocument* document, io::EpochRelease release,
                                     QWidget* parent)
    : QDialog(parent), m_document(document), m_release(std::move(release)),
      m_files(new QLabel(this)), m_asOf(new QDateEdit(this)),
      m_replaceEdits(
          new QCheckBox(tr("Also replace what has been edited since the last import"), this)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(
        tr("Import Epoch AI Data Centers — %1").arg(QDir::toNativeSeparators(m_release.location)));
    m_files->setWordWrap(true);
    m_files->setTextFormat(Qt::PlainText);
    m_files->setText(tr("Read: %1").arg(m_release.files.join(QStringLiteral("; "))));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(m_release.releaseDate.isValid() ? m_release.releaseDate : QDate::currentDate());
    m_asOf->setToolTip(
        tr("Rows dated after this are Epoch AI's projections: the map and the charts draw them as "
           "planned, never as capacity that exists. The release's own date is its newest change."));
    m_replaceEdits->setToolTip(
        tr("Off: sites and phases changed in this database since their import (and your own "
           "sites of the same name) are left as they are."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Site"), tr("What"), tr("IT MW before → after"), tr("How it is placed")});
    setUpPreviewTable(m_table);
    m_table->setSortingEnabled(true);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(90);
    m_notes->setPlaceholderText(tr("Nothing to note."));

    auto* form = new QFormLayout;
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(QString(), m_replaceEdits);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_files);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Notes:"), this));
    layout->addWidget(m_notes);
    auto* credit = new QLabel(tr("Data: Epoch AI, “Frontier Data Centers Hub”, CC BY 4.0."), this);
    credit->setEnabled(false);
    layout->addWidget(credit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EpochImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EpochImportDialog::reject);
    connect(m_asOf, &QDateEdit::dateChanged, this, &EpochImportDialog::preview);
    connect(m_replaceEdits, &QCheckBox::toggled, this, &EpochImportDialog::preview);
    resize(900, 620);
    preview();
}

io::EpochImportOptions EpochImportDialog::options() const
{
    io::EpochImportOptions options;
    options.asOf = m_asOf->date();
    options.replaceEdits = m_replaceEdits->isChecked();
    return options;
}

void EpochImportDialog::preview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CountingSink sink;
    m_plan = io::planEpochImport(m_document->dataset(), m_release, sink, options(),
                                 Gazetteer::bundled());
    QApplication::restoreOverrideCursor();
    if (!m_plan.ok()) {
        m_summary->setText(
            tr("<b>This release cannot be imported:</b> %1").arg(m_plan.error.toHtmlEscaped()));
        m_import->setEnabled(false);
        return;
    }
    m_summary->setText(
        m_plan.changes == 0
            ? tr("<b>Nothing to update:</b> %1.").arg(m_plan.summary().toHtmlEscaped())
            : tr("<b>Ready to import:</b> %1. Import writes all of it or nothing; Edit > Undo "
                 "takes it back.")
                  .arg(m_plan.summary().toHtmlEscaped()));
    m_import->setEnabled(m_plan.changes > 0);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_plan.sites.size()));
    const QLocale locale;
    for (int r = 0; r < m_plan.sites.size(); ++r) {
        const io::EpochSiteChange& site = m_plan.sites[r];
        const QString power = site.kind == io::EpochSiteChange::Kind::New
                                  ? locale.toString(site.itMwAfter, 'f', 0)
                                  : tr("%1 → %2").arg(locale.toString(site.itMwBefore, 'f', 0),
                                                      locale.toString(site.itMwAfter, 'f', 0));
        const QStringList cells{site.name, kindText(site.kind), power,
                                site.kind == io::EpochSiteChange::Kind::Missing ? QString()
                                                                                : site.placedBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(plainToolTip(cells[c]));
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    m_notes->setPlainText(m_plan.notes.join(QLatin1Char('\n')));
}

QString EpochImportDialog::summaryText() const
{
    return m_summary->text();
}

void EpochImportDialog::accept()
{
    if (!m_plan.ok() || m_plan.changes == 0)
        return;
    io::EpochPlan written;
    const WriteResult result = undo::execute(
        *m_document, io::epochProducer(m_release, options(), &written),
        tr("Import Epoch AI data centers (as of %1)").arg(m_asOf->date().toString(Qt::ISODate)));
    if (!result.ok) {
        m_summary->setText(tr("<b>Nothing was imported:</b> %1")
                               .arg((written.ok() ? result.error : written.error).toHtmlEscaped()));
        return;
    }
    m_plan = written;
    m_outcome =
        tr("Imported Epoch AI's data centers: %1 (Ctrl+Z undoes it).").arg(written.summary());
    QDialog::accept();
}

} // namespace atlas
