// SPDX-License-Identifier: GPL-3.0-or-later
// File > New, Open, Open Recent and Save a Copy: the dialogs, the messages when a file cannot
// be opened, and handing the opened store to the document.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace atlas {

class AtlasDocument;
class StoreFactory;

class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    DatabaseActions(AtlasDocument* document, StoreFactory* factory, QWidget* dialogParent);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveCopyAction() const { return m_saveCopy; }
    QMenu* recentMenu() const { return m_recent; }

    // Opens `path` (creating it with the GPU catalogue when `create`); on failure shows why
    // and keeps the database that was open. Returns whether it opened. Asks the leave check
    // first when a database is open: its false (Cancel) keeps that one and opens nothing.
    bool openPath(const QString& path, bool create = false);
    // What must agree before the open database is replaced (the sliders' unsaved work).
    void setLeaveCheck(std::function<bool()> check) { m_leaveCheck = std::move(check); }
    // The sample database in the user's data folder, built on first use.
    bool openSample();
    // At start without --db: the database used last (the first of Open Recent) when it is
    // still there and opens, else the sample.
    bool openLastOrSample();

    void newDatabase();
    void openDatabase();
    void saveCopy();

Q_SIGNALS:
    void opened(const QString& path);

private:
    void fillRecentMenu();
    QString dialogFolder() const;

    AtlasDocument* m_document;
    StoreFactory* m_factory;
    QWidget* m_parent;
    QAction* m_new;
    QAction* m_open;
    QAction* m_saveCopy;
    QMenu* m_recent;
    std::function<bool()> m_leaveCheck;
};

} // namespace atlas
