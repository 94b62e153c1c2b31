// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transfer/transferactions.h"

#include "ui/tables/datatables.h"
#include "core/document/atlasdocument.h"
#include "ui/transfer/epochimportdialog.h"
#include "ui/transfer/importdialog.h"
#include "core/io/exportfiles.h"
#include "ui/sites/sitespanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace atlas {
namespace {

constexpr char kFolderKey[] = "editing/lastFolder";

QString fileFilter()
{
    return TransferActions::tr(
        "CSV or GeoJSON (*.csv *.geojson *.json);;CSV (*.csv);;GeoJSON (*.geojson *.json)");
}

int indexOf(io::ImportKind kind)
{
    return int(kind);
}

} // namespace

TransferActions::TransferActions(AtlasDocument* document, SitesPanel* sites, DataTables* tables,
                                 QWidget* window)
    : QObject(window), m_document(document), m_sites(sites), m_tables(tables), m_window(window)
{
    struct Texts
    {
        io::ImportKind kind;
        QString import, importTip, exportText, exportTip;
        QKeySequence shortcut;
    };
    const Texts texts[] = {
        {io::ImportKind::Sites, tr("&Sites…"),
         tr("Add or update sites from a CSV or GeoJSON file, after a preview"), tr("&Sites…"),
         tr("Write the sites the table shows (its search and filters) as CSV or GeoJSON"),
         QKeySequence(Qt::CTRL | Qt::Key_I)},
        {io::ImportKind::Links, tr("Fiber &Links…"),
         tr("Add or update fiber links from a CSV or GeoJSON file, after a preview"),
         tr("Fiber &Links…"),
         tr("Write the fiber links the Fiber Links table shows as CSV or GeoJSON"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        {io::ImportKind::Phases, tr("&Phases…"),
         tr("Add or update the phases of sites (power, GPUs and capex over time) from a CSV or "
            "GeoJSON file"),
         tr("&Phases…"),
         tr("Write the phases of the sites the table shows, a row per phase (and per GPU model)"),
         QKeySequence()},
    };
    for (const Texts& t : texts) {
        const int i = indexOf(t.kind);
        m_import[i] = new QAction(t.import, this);
        m_import[i]->setStatusTip(t.importTip);
        m_import[i]->setShortcut(t.shortcut);
        m_export[i] = new QAction(t.exportText, this);
        m_export[i]->setStatusTip(t.exportTip);
        const io::ImportKind kind = t.kind;
        connect(m_import[i], &QAction::triggered, this, [this, kind] { importFile(kind); });
        connect(m_export[i], &QAction::triggered, this, [this, kind] { exportVisible(kind); });
    }
    m_importEpoch = new QAction(tr("&Epoch AI Data Centers…"), this);
    m_importEpoch->setStatusTip(
        tr("Import or update the sites, power over time and chips of Epoch AI's Frontier Data "
           "Centers hub, from its ZIP as downloaded"));
    connect(m_importEpoch, &QAction::triggered, this, [this] { importEpoch(); });
    m_import[0]->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_export[0]->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    connect(m_document, &AtlasDocument::storeReplaced, this, &TransferActions::updateEnabled);
    updateEnabled();
}

QAction* TransferActions::importAction(io::ImportKind kind) const
{
    return m_import[indexOf(kind)];
}
QAction* TransferActions::exportAction(io::ImportKind kind) const
{
    return m_export[indexOf(kind)];
}

void TransferActions::addMenus(QMenu* file)
{
    QMenu* imports = file->addMenu(tr("&Import"));
    QMenu* exports = file->addMenu(tr("E&xport Data"));
    for (io::ImportKind kind :
         {io::ImportKind::Sites, io::ImportKind::Links, io::ImportKind::Phases}) {
        imports->addAction(importAction(kind));
        exports->addAction(exportAction(kind));
    }
    imports->addSeparator();
    imports->addAction(m_importEpoch);
}

void TransferActions::updateEnabled()
{
    const bool writable = m_document->hasStore() && !m_document->store()->isReadOnly();
    m_importEpoch->setEnabled(writable);
    for (int i = 0; i < 3; ++i) {
        m_import[i]->setEnabled(writable);
        m_export[i]->setEnabled(m_document->hasStore());
    }
}

QString TransferActions::dialogFolder() const
{
    const QString folder = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return m_document->hasStore() ? QFileInfo(m_document->store()->location()).absolutePath()
                                  : QDir::homePath();
}

void TransferActions::rememberFolder(const QString& path)
{
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
}

ImportDialog* TransferActions::importFile(io::ImportKind kind, const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Import"), dialogFolder(), fileFilter());
        if (path.isEmpty())
            return nullptr;
    }
    rememberFolder(path);
    auto* dialog = new ImportDialog(m_document, kind, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->preview(path)) {
        delete dialog;
        return nullptr;
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT statusMessage(dialog->outcome()); });
    dialog->open();
    return dialog;
}

EpochImportDialog* TransferActions::importEpoch(const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(
            m_window, tr("Import Epoch AI Data Centers"), dialogFolder(),
            tr("Epoch AI release (*.zip *.csv);;ZIP as downloaded (*.zip);;A CSV of "
               "the unpacked folder (*.csv)"));
        if (path.isEmpty())
            return nullptr;
    }
    rememberFolder(path);
    io::EpochRelease release = io::readEpochRelease(path);
    if (!release.ok()) {
        QMessageBox::warning(m_window, tr("Nothing was imported"), release.error);
        return nullptr;
    }
    auto* dialog = new EpochImportDialog(m_document, std::move(release), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT statusMessage(dialog->outcome()); });
    dialog->open();
    return dialog;
}

QVector<Id> TransferActions::visibleIds(io::ImportKind kind) const
{
    switch (kind) {
    case io::ImportKind::Sites:
        return m_sites->visibleSiteIds();
    case io::ImportKind::Links:
        return m_tables->panel(RowTableModel::Kind::Links)->visibleIds();
    case io::ImportKind::Phases: {
        QVector<Id> ids;
        for (Id site : m_sites->visibleSiteIds()) {
            for (const SitePhase* phase : m_document->dataset().phasesOf(site))
                ids.append(phase->id);
        }
        return ids;
    }
    }
    return {};
}

bool TransferActions::exportVisible(io::ImportKind kind, const QString& givenPath)
{
    const QVector<Id> ids = visibleIds(kind);
    QString path = givenPath;
    if (path.isEmpty()) {
        const int n = int(ids.size());
        const QString title = kind == io::ImportKind::Sites ? tr("Export %n Site(s)", nullptr, n)
                              : kind == io::ImportKind::Links
                                  ? tr("Export %n Fiber Link(s)", nullptr, n)
                                  : tr("Export %n Phase(s)", nullptr, n);
        const QString name = kind == io::ImportKind::Sites   ? QStringLiteral("sites.csv")
                             : kind == io::ImportKind::Links ? QStringLiteral("fiber-links.csv")
                                                             : QStringLiteral("phases.csv");
        path = QFileDialog::getSaveFileName(m_window, title, QDir(dialogFolder()).filePath(name),
                                            fileFilter());
        if (path.isEmpty())
            return false;
    }
    const std::optional<io::FileFormat> format = io::formatOf(path);
    if (!format) {
        QMessageBox::warning(
            m_window, tr("Nothing was exported"),
            tr("Name the file .csv or .geojson, so it is clear which format to write."));
        return false;
    }
    // All or nothing: an existing file is replaced only once the new one is complete, and
    // never the open database.
    if (const QString error = io::exportToFile(path, kind, m_document->dataset(), ids, *format);
        !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Nothing was exported"), error);
        return false;
    }
    rememberFolder(path);
    Q_EMIT statusMessage(
        tr("Wrote %n row(s) to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace atlas
