// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/datatables.h"

#include <QDockWidget>
#include <QTableView>

namespace atlas {

DataTables::DataTables(AtlasDocument* document, QWidget* parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    const std::pair<RowTableModel::Kind, QString> tabs[] = {
        {RowTableModel::Kind::Links, tr("Fiber Links")}, {RowTableModel::Kind::Operators, tr("Operators")},
        {RowTableModel::Kind::GpuModels, tr("GPU Models")}, {RowTableModel::Kind::Sources, tr("Sources")},
        {RowTableModel::Kind::Claims, tr("Claims")}};
    for (const auto& [kind, title] : tabs) {
        auto* panel = new RowTablePanel(document, kind, this);
        m_panels.append(panel);
        addTab(panel, title);
    }
}

RowTablePanel* DataTables::panel(RowTableModel::Kind kind) const
{
    for (RowTablePanel* panel : m_panels)
        if (panel->kind() == kind)
            return panel;
    return nullptr;
}

void DataTables::showPanel(RowTableModel::Kind kind)
{
    if (RowTablePanel* p = panel(kind)) {
        // The tables may sit in a dock behind another tab: bring it forward.
        for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
            if (auto* dock = qobject_cast<QDockWidget*>(w)) {
                dock->show();
                dock->raise();
                break;
            }
        }
        setCurrentWidget(p);
        p->table()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace atlas
