// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's account of the open database: its file, its row counts, and whether it
// is read-only (and why, in the tooltip).
#pragma once

#include <QWidget>

class QLabel;

namespace atlas {

class AtlasDocument;

class DatabaseStatus : public QWidget
{
    Q_OBJECT
public:
    explicit DatabaseStatus(AtlasDocument* document, QWidget* parent = nullptr);

    QString text() const;

private:
    void refresh();

    AtlasDocument* m_document;
    QLabel* m_file;
    QLabel* m_counts;
    QLabel* m_readOnly;
};

} // namespace atlas
