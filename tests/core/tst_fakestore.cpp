// SPDX-License-Identifier: GPL-3.0-or-later
// The Store contract against the in-memory fake, so the core's tests can trust it.
#include "fakestore.h"
#include "storecontract.h"

#include <QTest>

namespace atlas::test {

class TestFakeStore : public StoreContract
{
    Q_OBJECT
protected:
    std::unique_ptr<Store> makeStore() override { return std::make_unique<FakeStore>(); }
};

} // namespace atlas::test

QTEST_GUILESS_MAIN(atlas::test::TestFakeStore)
#include "tst_fakestore.moc"
