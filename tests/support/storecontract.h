// SPDX-License-Identifier: GPL-3.0-or-later
// What every Store must do, as QTest slots. A test class derives from StoreContract, says
// how to make an empty store, and gets these tests (tst_fakestore, tst_sqlitestore).
#pragma once

#include "core/store/store.h"

#include <QObject>

#include <memory>

namespace atlas::test {

class StoreContract : public QObject
{
    Q_OBJECT
protected:
    // A new, empty, writable store.
    virtual std::unique_ptr<Store> makeStore() = 0;

private Q_SLOTS:
    void insertAssignsIdsAndLoadsBack();
    void updateChangesTheRow();
    void removingSiteRemovesItsPhasesAndLinks();
    void removedSiteComesBackWithItsOldId();
    void removingSourceClearsReferencesToIt();
    void removingGpuModelClearsPhasesModel();
    void failedChangeSetLeavesNothingBehind();
    void rejectsLinkToItself();
    void rejectsDuplicateSiteName();
    void rejectsLatitudeOutOfRange();
    void rejectsNegativePower();
    void rejectsReferenceToMissingSite();
    void rejectsRemovingOperatorWithSites();
    void removingMissingRowFails();
    void emitsChangedOncePerWrite();
    void cancelledWriteLeavesNothing();
    void namesRoundTripUnchanged();
    void placeholdersReferToRowsInsertedEarlier();
    void placeholderToALaterChangeIsRefused();
    void mixedFleetRoundTrips();
    void chipsOfAnUpdatedPhaseAreReplaced();
    void unplacedSiteRoundTrips();
    void siteReferencesRoundTripAndFollowDeletes();
    void gpuAliasesRoundTripAndAreUnique();
    void importOriginRoundTrips();
    void producedWriteSeesTheDataAndItsOwnRows();
    void producedWriteThatStopsKeepsNothing();
    void producedWriteWithABadChangeKeepsNothing();
};

} // namespace atlas::test
