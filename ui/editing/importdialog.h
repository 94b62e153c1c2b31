// SPDX-License-Identifier: GPL-3.0-or-later
// Import of sites or links from a CSV or GeoJSON file: the file is read and checked first
// (off the window's thread, with progress), then a preview lists what would be added or
// updated, or every problem by row and column with the reason. Import writes it all as one
// undoable command, with progress and Cancel; a problem or Cancel leaves the database as it
// was.
#pragma once

#include "io/importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace atlas {

class AtlasDocument;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Rows { Sites, Links };
    ImportDialog(AtlasDocument* document, Rows rows, QWidget* parent);

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
    void showIssues();
    void showChanges();

    AtlasDocument* m_document;
    Rows m_rows;
    QString m_path;
    io::ImportPlan m_plan;
    QString m_readError;
    QLabel* m_summary;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
    QString m_outcome;
};

} // namespace atlas
