// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import > Epoch AI Data Centers: the release as downloaded (its ZIP, or a CSV of the
// folder it unpacks to) read, then a preview of what the import does — n new, n changed
// (power before → after), n unchanged, n edited by you (kept), n no longer in the release —
// with the "as of" date that splits recorded from projected, and the choice to replace edits
// too. Import writes it as one undoable change.
#pragma once

#include "core/io/epochplan.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace atlas {

class AtlasDocument;

class EpochImportDialog : public QDialog
{
    Q_OBJECT
public:
    EpochImportDialog(AtlasDocument* document, io::EpochRelease release, QWidget* parent);

    const io::EpochPlan& plan() const { return m_plan; }
    QTableWidget* table() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QString summaryText() const;
    QString outcome() const { return m_outcome; }

public Q_SLOTS:
    void accept() override;

private:
    io::EpochImportOptions options() const;
    void preview();

    AtlasDocument* m_document;
    io::EpochRelease m_release;
    io::EpochPlan m_plan;
    QLabel* m_files;
    QDateEdit* m_asOf;
    QCheckBox* m_replaceEdits;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPlainTextEdit* m_notes;
    QPushButton* m_import;
    QString m_outcome;
};

} // namespace atlas
