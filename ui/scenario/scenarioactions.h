// SPDX-License-Identifier: GPL-3.0-or-later
// The Scenario menu and the toolbar's scenario chooser: load, save, save as, rename, delete
// saved scenarios, and compare the current one with another.
#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QMenu;
class QWidget;

namespace atlas {

class AtlasDocument;
class ScenarioController;

class ScenarioActions : public QObject
{
    Q_OBJECT
public:
    ScenarioActions(AtlasDocument* document, ScenarioController* scenario, QWidget* dialogParent);

    QMenu* menu() const { return m_menu; }
    QComboBox* chooser() const { return m_chooser; }

    // Without dialogs, for tests and the command line's callers.
    bool saveAs(const QString& name);
    bool load(const QString& name);

private:
    void refreshChooser();
    void rememberScenario();
    void restoreScenario();
    void refreshCompareMenu();
    void save();
    void saveAsWithDialog();
    void renameWithDialog();
    void deleteWithConfirmation();
    void resetToDefaults();
    void showError(const QString& message);

    AtlasDocument* m_document;
    ScenarioController* m_scenario;
    QWidget* m_parent;
    QMenu* m_menu;
    QMenu* m_compare;
    QComboBox* m_chooser;
    QAction* m_save;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_stopComparing;
};

} // namespace atlas
