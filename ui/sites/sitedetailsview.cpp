// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sites/sitedetailsview.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/domain/webaddress.h"
#include "core/models/sitedetailshtml.h"

#include <QDesktopServices>

namespace atlas {

SiteDetailsView::SiteDetailsView(const AtlasDocument* document, ViewState* view, QWidget* parent)
    : QTextBrowser(parent), m_document(document), m_view(view)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SiteDetailsView::follow);
    connect(view, &ViewState::selectionChanged, this, &SiteDetailsView::refresh);
    connect(document, &AtlasDocument::datasetChanged, this, &SiteDetailsView::refresh);
    refresh();
}

void SiteDetailsView::refresh()
{
    setHtml(siteDetailsHtml(m_document->dataset(), m_view->currentSite()));
}

void SiteDetailsView::follow(const QUrl& url)
{
    if (url.scheme() == QLatin1String("site")) {
        m_view->selectSite(url.path().toLongLong());
    } else if (url.scheme().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
    } else if (isWebAddress(url)) {
        // Only web pages: the details never link anything else, but a click must not open a
        // javascript:, file: or smb: address even if one got in (domain/webaddress.h).
        QDesktopServices::openUrl(url);
    }
}

} // namespace atlas
