// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's account of the open database: its file, its row counts, and whether it
// is read-only (and why, in the tooltip). In a narrow window the counts it has no room for
// are left out (the tooltip lists them all), so the status bar does not hold the window wide.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace atlas {

class AtlasDocument;

class DatabaseStatus : public QWidget
{
    Q_OBJECT
public:
    explicit DatabaseStatus(AtlasDocument* document, QWidget* parent = nullptr);

    QString text() const; // all of it, whatever the width shows
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void showCountsThatFit();

    AtlasDocument* m_document;
    QLabel* m_file;
    QLabel* m_counts;
    QLabel* m_readOnly;
    QStringList m_countParts; // "85 sites", "120 phases", ...
};

} // namespace atlas
