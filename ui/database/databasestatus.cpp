// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/database/databasestatus.h"

#include "core/document/atlasdocument.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

#include <limits>

namespace atlas {

DatabaseStatus::DatabaseStatus(AtlasDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_file(new QLabel(this)),
      m_counts(new QLabel(this)), m_readOnly(new QLabel(tr("Read-only"), this))
{
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    // Its width is this widget's to say (sizeHint): the counts that fit are shown.
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counts->installEventFilter(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_readOnly);
    connect(document, &AtlasDocument::datasetChanged, this, &DatabaseStatus::refresh);
    connect(document, &AtlasDocument::storeReplaced, this, &DatabaseStatus::refresh);
    refresh();
}

QString DatabaseStatus::text() const
{
    QString text = m_file->text() + QLatin1Char(' ') + m_countParts.join(QStringLiteral(" · "));
    if (!m_readOnly->isHidden())
        text += QLatin1Char(' ') + m_readOnly->text();
    return text;
}

void DatabaseStatus::refresh()
{
    if (!m_document->hasStore()) {
        m_file->setText(tr("No database open"));
        m_countParts.clear();
        m_counts->clear();
        m_readOnly->hide();
        updateGeometry();
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
    m_countParts = QStringList{
        count(n(data.sites), tr("1 site"), tr("%Ln sites", nullptr, n(data.sites))),
        count(n(data.phases), tr("1 phase"), tr("%Ln phases", nullptr, n(data.phases))),
        count(n(data.links), tr("1 fiber link"), tr("%Ln fiber links", nullptr, n(data.links))),
        count(n(data.gpuModels), tr("1 GPU model"),
              tr("%Ln GPU models", nullptr, n(data.gpuModels))),
        count(n(data.sources), tr("1 source"), tr("%Ln sources", nullptr, n(data.sources))),
        count(n(data.claims), tr("1 claim"), tr("%Ln claims", nullptr, n(data.claims)))};
    m_readOnly->setVisible(store->isReadOnly());
    m_readOnly->setToolTip(tr("Opened read-only: %1. Use File > Save a Copy to edit a copy.")
                               .arg(store->readOnlyReason()));
    m_counts->setToolTip(m_countParts.join(QLatin1Char('\n')));
    showCountsThatFit();
    updateGeometry();
}

QSize DatabaseStatus::sizeHint() const
{
    // As wide as every count needs.
    const QFontMetrics metrics(m_counts->font());
    const int counts = metrics.size(0, m_countParts.join(QStringLiteral(" · "))).width();
    return QWidget::sizeHint() + QSize(counts, 0); // the layout leaves the counts out
}

QSize DatabaseStatus::minimumSizeHint() const
{
    // The file's name and the first count (the sites).
    const QFontMetrics metrics(m_counts->font());
    const int first = m_countParts.isEmpty() ? 0 : metrics.size(0, m_countParts.first()).width();
    return QWidget::minimumSizeHint() + QSize(first, 0);
}

bool DatabaseStatus::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_counts && event->type() == QEvent::Resize)
        showCountsThatFit();
    return QWidget::eventFilter(watched, event);
}

void DatabaseStatus::showCountsThatFit()
{
    // The counts in order, as many as the label's width holds (all before it is laid out).
    const QFontMetrics metrics(m_counts->font());
    const int room =
        m_counts->isVisible() ? m_counts->contentsRect().width() : std::numeric_limits<int>::max();
    QStringList shown;
    for (const QString& part : std::as_const(m_countParts)) {
        QStringList more = shown;
        more << part;
        if (!shown.isEmpty() && metrics.size(0, more.join(QStringLiteral(" · "))).width() > room)
            break;
        shown = more;
    }
    m_counts->setText(shown.join(QStringLiteral(" · ")));
}

} // namespace atlas
