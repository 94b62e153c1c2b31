// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/chipsdialog.h"

#include "ui/forms/fieldreading.h"
#include "ui/forms/idchoicedelegate.h"
#include "ui/forms/tablerows.h"
#include "core/models/chipeditmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

ChipsDialog::ChipsDialog(const Dataset* data, const QVector<ChipCount>& chips,
                         const QString& phaseName, QWidget* parent)
    : QDialog(parent), m_model(new ChipEditModel(data, this)), m_table(new QTableView(this)),
      m_total(new QLabel(this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Chips — Phase %1").arg(phaseName));
    m_model->setChips(chips);

    auto* intro =
        new QLabel(tr("The site's GPUs once this phase is online, a line per model."), this);
    intro->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not on a current change: the dialog opens on the fleet, not inside its first cell.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(
        ChipEditModel::GpuModelColumn,
        new IdChoiceDelegate([data] { return gpuModelChoices(*data); },
                             tr("(not in the catalogue)"), m_table));
    m_table->setColumnWidth(ChipEditModel::GpuModelColumn, 170);
    m_table->setColumnWidth(ChipEditModel::CountColumn, 90);
    m_table->setColumnWidth(ChipEditModel::EstimateColumn, 70);

    auto* add = new QPushButton(tr("Add Chip"), this);
    add->setToolTip(tr("A line for another GPU model (Ctrl+Shift+A)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto* remove = new QPushButton(tr("Remove Chip"), this);
    remove->setToolTip(tr("Remove the selected lines"));
    connect(add, &QPushButton::clicked, this, &ChipsDialog::addChip);
    connect(remove, &QPushButton::clicked, this, &ChipsDialog::removeSelectedChips);

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText); // messages quote what was typed
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa1, 0x26, 0x1b));
    m_problems->setPalette(palette);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setToolTip(tr("Put these chips into the phase; Save in the site form writes them"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChipsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChipsDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(m_total);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChipsDialog::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChipsDialog::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChipsDialog::refresh);
    refresh();
    resize(620, 320);
}

void ChipsDialog::addChip()
{
    // The model first: a line is about a chip.
    const int row = m_model->addChip();
    editAddedRow(m_table, m_model->index(row, ChipEditModel::GpuModelColumn));
}

void ChipsDialog::removeSelectedChips() { m_model->removeChipRows(rowsToRemove(m_table)); }

void ChipsDialog::refresh()
{
    const std::optional<qint64> total = m_model->totalCount();
    m_total->setText(total ? tr("%1 GPUs in all").arg(QLocale().toString(*total))
                           : tr("No count stated"));
    // Problems show once there is something to say about them: after an edit, or OK.
    const QStringList problems = m_model->problems();
    const bool show = !problems.isEmpty() && (m_model->isModified() || m_triedToAccept);
    m_problems->setText(show ? problems.join(QLatin1Char('\n')) : QString());
    m_problems->setVisible(show);
}

QString ChipsDialog::shownProblems() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void ChipsDialog::accept()
{
    m_triedToAccept = true;
    refresh();
    if (!m_model->problems().isEmpty())
        return;
    QDialog::accept();
}

} // namespace atlas
