// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/databasestatus.h"

#include "document/atlasdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

namespace atlas {

DatabaseStatus::DatabaseStatus(AtlasDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_file(new QLabel(this)),
      m_counts(new QLabel(this)), m_readOnly(new QLabel(tr("Read-only"), this))
{
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_counts);
    layout->addWidget(m_readOnly);
    connect(document, &AtlasDocument::datasetChanged, this, &DatabaseStatus::refresh);
    connect(document, &AtlasDocument::storeReplaced, this, &DatabaseStatus::refresh);
    refresh();
}

QString DatabaseStatus::text() const
{
    QString text = m_file->text() + QLatin1Char(' ') + m_counts->text();
    if (!m_readOnly->isHidden())
        text += QLatin1Char(' ') + m_readOnly->text();
    return text;
}

void DatabaseStatus::refresh()
{
    if (!m_document->hasStore()) {
        m_file->setText(tr("No database open"));
        m_counts->clear();
        m_readOnly->hide();
        return;
    }
    const Store* store = m_document->store();
    const QString path = QDir::toNativeSeparators(store->location());
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    const Dataset& data = m_document->dataset();
    const auto count = [](qsizetype n, const QString& one, const QString& many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    m_counts->setText(QStringList{count(data.sites.size(), tr("site"), tr("sites")),
                                  count(data.phases.size(), tr("phase"), tr("phases")),
                                  count(data.links.size(), tr("fiber link"), tr("fiber links")),
                                  count(data.gpuModels.size(), tr("GPU model"), tr("GPU models")),
                                  count(data.sources.size(), tr("source"), tr("sources")),
                                  count(data.claims.size(), tr("claim"), tr("claims"))}
                          .join(QStringLiteral(" · ")));
    m_readOnly->setVisible(store->isReadOnly());
    m_readOnly->setToolTip(tr("Opened read-only: %1. Use File > Save a Copy to edit a copy.")
                               .arg(store->readOnlyReason()));
}

} // namespace atlas
