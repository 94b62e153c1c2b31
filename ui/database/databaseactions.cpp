// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/database/databaseactions.h"

#include "ui/database/recentdatabases.h"
#include "core/document/atlasdocument.h"
#include "core/store/storefactory.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace atlas {

DatabaseActions::DatabaseActions(AtlasDocument* document, StoreFactory* factory,
                                 QWidget* dialogParent)
    : QObject(dialogParent), m_document(document), m_factory(factory), m_parent(dialogParent),
      m_new(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this)),
      m_open(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"), this)),
      m_saveCopy(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy…"), this)),
      m_recent(new QMenu(tr("Open &Recent"), dialogParent))
{
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Create an empty site database with the GPU catalogue"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a Compute Atlas GeoPackage"));
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_saveCopy->setStatusTip(tr("Write a copy of the open database to a new file"));
    connect(m_new, &QAction::triggered, this, &DatabaseActions::newDatabase);
    connect(m_open, &QAction::triggered, this, &DatabaseActions::openDatabase);
    connect(m_saveCopy, &QAction::triggered, this, &DatabaseActions::saveCopy);
    connect(m_recent, &QMenu::aboutToShow, this, &DatabaseActions::fillRecentMenu);
    connect(m_document, &AtlasDocument::storeReplaced, this,
            [this] { m_saveCopy->setEnabled(m_document->hasStore()); });
    m_saveCopy->setEnabled(m_document->hasStore());
}

QString DatabaseActions::dialogFolder() const
{
    if (m_document->hasStore())
        return QFileInfo(m_document->store()->location()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool DatabaseActions::openPath(const QString& path, bool create)
{
    if (m_document->hasStore() && m_leaveCheck && !m_leaveCheck())
        return false;
    StoreOpenResult result = m_factory->open(
        path, create ? StoreFactory::Mode::CreateNew : StoreFactory::Mode::OpenExisting);
    if (!result.store) {
        QMessageBox::warning(m_parent, create ? tr("Cannot create the database")
                                              : tr("Cannot open the database"),
                             result.error);
        return false;
    }
    const QString location = result.store->location();
    const bool readOnly = result.store->isReadOnly();
    const QString reason = result.store->readOnlyReason();
    if (!m_document->setStore(std::move(result.store))) {
        QMessageBox::warning(m_parent, tr("Cannot read the database"), m_document->lastError());
        return false;
    }
    RecentDatabases::add(location);
    if (readOnly) {
        QMessageBox::information(
            m_parent, tr("Opened read-only"),
            tr("%1 is open read-only: %2.\n\nYou can look at everything; to edit, use File > "
               "Save a Copy and work on the copy.")
                .arg(QDir::toNativeSeparators(location), reason));
    }
    Q_EMIT opened(location);
    return true;
}

bool DatabaseActions::openLastOrSample()
{
    const QString last = RecentDatabases::list().value(0);
    if (!last.isEmpty() && QFileInfo::exists(last) && openPath(last))
        return true;
    return openSample();
}

bool DatabaseActions::openSample()
{
    QString error;
    const QString path = m_factory->sampleDatabasePath(&error);
    if (path.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Cannot open the sample database"), error);
        return false;
    }
    return openPath(path);
}

void DatabaseActions::newDatabase()
{
    QFileDialog dialog(m_parent, tr("New Database"), dialogFolder(), m_factory->fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(m_factory->defaultSuffix());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    // The dialog has asked whether to replace an existing file; a new database starts empty.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(m_parent, tr("Cannot create the database"),
                             tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openPath(path, true);
}

void DatabaseActions::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Open Database"),
                                                      dialogFolder(), m_factory->fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void DatabaseActions::saveCopy()
{
    if (!m_document->hasStore())
        return;
    QFileDialog dialog(m_parent, tr("Save a Copy"), dialogFolder(), m_factory->fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(m_factory->defaultSuffix());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->store()->location()).absoluteFilePath()) {
        QMessageBox::warning(m_parent, tr("Save a Copy"),
                             tr("Choose another file: this is the database that is open."));
        return;
    }
    if (const QString error = m_document->store()->saveCopy(path); !error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Save a Copy"), error);
        return;
    }
    if (QMessageBox::question(m_parent, tr("Copy saved"),
                              tr("Saved a copy to %1.\n\nOpen the copy now?")
                                  .arg(QDir::toNativeSeparators(path))) == QMessageBox::Yes)
        openPath(path);
}

void DatabaseActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList paths = RecentDatabases::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        QAction* action = m_recent->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (paths.isEmpty())
        m_recent->addAction(tr("No recent databases"))->setEnabled(false);
    m_recent->addSeparator();
    connect(m_recent->addAction(tr("Open the &Sample Database")), &QAction::triggered, this,
            &DatabaseActions::openSample);
}

} // namespace atlas
