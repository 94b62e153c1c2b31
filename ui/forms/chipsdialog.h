// SPDX-License-Identifier: GPL-3.0-or-later
// The chips of one phase, a line per GPU model (a fleet can mix H100 and GB200): the model
// from the catalogue, the count, whether it is an estimate, a note. OK puts the fleet back
// into the site form's phase table; nothing is written until the form is saved.
#pragma once

#include "core/domain/dataset.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace atlas {

class ChipEditModel;

class ChipsDialog : public QDialog
{
    Q_OBJECT
public:
    // `data` names the GPU models; `title` says which phase ("2027-Q1").
    ChipsDialog(const Dataset* data, const QVector<ChipCount>& chips, const QString& phaseName,
                QWidget* parent);

    ChipEditModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The problems shown under the table now (empty when none).
    QString shownProblems() const;

public Q_SLOTS:
    void addChip();
    void removeSelectedChips();
    // Refuses (and says why under the table) while a line has a problem.
    void accept() override;

private:
    void refresh();

    ChipEditModel* m_model;
    QTableView* m_table;
    QLabel* m_total;
    QLabel* m_problems;
    QPushButton* m_ok;
    bool m_triedToAccept = false;
};

} // namespace atlas
