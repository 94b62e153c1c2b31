// SPDX-License-Identifier: GPL-3.0-or-later
// A document over a fake store that holds the small atlas (sampledata.h), for tests of what
// works on a document: commands, models, editing.
#pragma once

#include "core/document/atlasdocument.h"
#include "fakestore.h"
#include "sampledata.h"

#include <QtGlobal>

#include <memory>

namespace atlas::test {

inline std::unique_ptr<AtlasDocument> smallAtlasDocument()
{
    auto document = std::make_unique<AtlasDocument>();
    auto store = std::make_unique<FakeStore>();
    if (!store->apply(smallAtlas()).ok)
        qFatal("seed");
    document->setStore(std::move(store));
    return document;
}

} // namespace atlas::test
