// SPDX-License-Identifier: GPL-3.0-or-later
// A row of widgets that wraps onto further rows when its width runs out (a table's search field
// and filters in a narrow dock), so that its minimum width is its widest widget's rather than
// the sum of them all. In each row the widgets that expand sideways share the spare width.
#pragma once

#include <QLayout>
#include <QList>

namespace atlas {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    // How many rows the last laid-out width took (1 when everything fits beside each other).
    int rowCount() const { return m_rows; }

private:
    // Lays the items out in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;
    int gap(Qt::Orientation orientation) const; // between widgets, or between rows

    QList<QLayoutItem*> m_items;
    mutable int m_rows = 1;
};

} // namespace atlas
