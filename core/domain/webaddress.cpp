// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/webaddress.h"

namespace atlas {

bool isWebAddress(const QUrl& url)
{
    // QUrl gives the scheme in lower case: "HTTPS://" is https too.
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

bool isWebAddress(const QString& text)
{
    return isWebAddress(QUrl(text, QUrl::StrictMode));
}

} // namespace atlas
