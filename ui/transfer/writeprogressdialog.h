// SPDX-License-Identifier: GPL-3.0-or-later
// Progress with Cancel for a long write (an import, the undo of one): a QProgressDialog that
// a Store's apply() reports to. It shows only when the write takes more than a moment;
// Cancel makes apply() roll back, so the database stays as it was.
#pragma once

#include "core/store/store.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace atlas {

class WriteProgressDialog
{
public:
    WriteProgressDialog(QWidget* parent, const QString& label);
    ~WriteProgressDialog();
    WriteProgressDialog(const WriteProgressDialog&) = delete;
    WriteProgressDialog& operator=(const WriteProgressDialog&) = delete;

    // The callback for Store::apply() / AtlasDocument::execute(); valid while this lives.
    WriteProgress callback();
    bool wasCancelled() const;
    QProgressDialog* dialog() const { return m_dialog.get(); }

private:
    Q_DECLARE_TR_FUNCTIONS(atlas::WriteProgressDialog)

    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace atlas
