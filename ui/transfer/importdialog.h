// SPDX-License-Identifier: GPL-3.0-or-later
// Import of sites, links or phases from a CSV or GeoJSON file: the file is read and checked
// first (off the window's thread, with progress and Cancel), then a preview says how each
// column is read (with a choice for the columns the app does not know) and lists what would
// be added or updated, or every problem by row and column with the reason. Import reads the
// file again and writes it as one undoable command, under the database's write lock, with
// progress and Cancel; a problem or Cancel leaves the database as it was.
#pragma once

#include "core/io/importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace atlas {

class AtlasDocument;
class ColumnChoicesPanel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AtlasDocument* document, io::ImportKind kind, QWidget* parent);

    // Reads and checks the file, then shows the preview. False when the user cancelled the
    // reading.
    bool preview(const QString& path);
    const io::ImportPlan& plan() const { return m_plan; }
    QTableWidget* table() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    QString summaryText() const;
    // After a successful import: "Imported 120 new sites from x.csv".
    QString outcome() const { return m_outcome; }

public Q_SLOTS:
    void accept() override;

private:
    bool plan(const io::ColumnChoices& choices);
    void showPlan();
    void showIssues();
    void showChanges();
    QString kindTitle() const;

    AtlasDocument* m_document;
    io::ImportKind m_kind;
    QString m_path;
    io::ImportPlan m_plan;
    io::ColumnChoices m_choices;
    QString m_readError;
    QLabel* m_summary;
    ColumnChoicesPanel* m_choicesPanel;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
    QString m_outcome;
};

} // namespace atlas
