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
    // One is said apart so that the English reads "1 site"; a language with plural forms gives
    // them for the other counts.
    const auto count = [](qsizetype n, const QString& one, const QString& many) {
        return n == 1 ? one : many;
    };
    const auto n = [](const auto& rows) { return int(rows.size()); };
    m_counts->setText(QStringList{
        count(n(data.sites), tr("1 site"), tr("%Ln sites", nullptr, n(data.sites))),
        count(n(data.phases), tr("1 phase"), tr("%Ln phases", nullptr, n(data.phases))),
        count(n(data.links), tr("1 fiber link"), tr("%Ln fiber links", nullptr, n(data.links))),
        count(n(data.gpuModels), tr("1 GPU model"),
              tr("%Ln GPU models", nullptr, n(data.gpuModels))),
        count(n(data.sources), tr("1 source"), tr("%Ln sources", nullptr, n(data.sources))),
        count(n(data.claims), tr("1 claim"), tr("%Ln claims", nullptr, n(data.claims)))}
                          .join(QStringLiteral(" · ")));
    m_readOnly->setVisible(store->isReadOnly());
    m_readOnly->setToolTip(tr("Opened read-only: %1. Use File > Save a Copy to edit a copy.")
                               .arg(store->readOnlyReason()));
}

} // namespace atlas
