// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of editing through the window share: the main window, offscreen, on a fresh
// copy of the sample database for every test; the file read back with a connection of its
// own; a message box answered; a form's fields.
#pragma once

#include "db/sqlitestore.h"
#include "db/sqlitestorefactory.h"
#include "ui/database/databaseactions.h"
#include "ui/forms/formdialog.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace atlas::test {

// What the file holds now, read with a connection of its own.
inline Dataset reloaded(const QString& path)
{
    db::OpenResult opened = db::SqliteStore::open(path);
    if (!opened.store)
        qFatal("cannot reopen %s", qPrintable(path));
    return opened.store->load().dataset;
}

// Answers the next message box: its text and informative text go to *seen, then the button
// whose text is `press` is clicked (or the box is closed).
inline void answerNextMessageBox(QString* seen, const QString& press)
{
    QTimer::singleShot(0, qApp, [seen, press] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(seen, press);
            return;
        }
        *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == press) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

inline QLineEdit* lineOf(FormDialog* form, const char* field)
{
    return qobject_cast<QLineEdit*>(form->fieldEditor(QString::fromLatin1(field)));
}

inline QComboBox* precisionOf(FormDialog* form)
{
    return qobject_cast<QComboBox*>(form->fieldEditor(QStringLiteral("location_precision")));
}

// The window on a copy of the sample: findSample() in initTestCase, openCopy() in init,
// closeWindow() in cleanup.
class EditingWindow
{
protected:
    // Settings in test mode under the test's name; the sample's path. An error, or nothing.
    QString findSample(const char* testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QString::fromLatin1(testName));
        QString error;
        m_sample = m_factory.sampleDatabasePath(&error);
        return m_sample.isEmpty() ? error : QString();
    }

    // A fresh copy of the sample, open in a window that is shown.
    bool openCopy()
    {
        m_path = m_dir.filePath(QStringLiteral("copy-%1.gpkg").arg(++m_copies));
        if (!QFile::copy(m_sample, m_path))
            return false;
        m_window = std::make_unique<MainWindow>(new AtlasSession, &m_factory);
        if (!m_window->databaseActions()->openPath(m_path))
            return false;
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void closeWindow() { m_window.reset(); }

    AtlasDocument* document() const { return m_window->document(); }
    EditActions* edit() const { return m_window->editActions(); }
    TransferActions* transfer() const { return m_window->transferActions(); }

    db::SqliteStoreFactory m_factory;
    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_copies = 0;
};

} // namespace atlas::test
