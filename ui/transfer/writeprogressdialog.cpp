// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transfer/writeprogressdialog.h"

#include <QCoreApplication>
#include <QProgressDialog>


namespace atlas {

WriteProgressDialog::WriteProgressDialog(QWidget* parent, const QString& label)
    : m_dialog(std::make_unique<QProgressDialog>(label, tr("Cancel"), 0, 100, parent))
{
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300); // quick writes never flash a dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
}

WriteProgressDialog::~WriteProgressDialog() = default;

WriteProgress WriteProgressDialog::callback()
{
    QProgressDialog* dialog = m_dialog.get();
    return [dialog](qsizetype done, qsizetype total) {
        // Whole per mille: setValue() is cheap, and the range fits an int for any size.
        dialog->setMaximum(1000);
        dialog->setValue(total > 0 ? int(done * 1000 / total) : 0);
        // A window-modal QProgressDialog processes events in setValue() once it shows; before
        // that, a Cancel click could not have happened, but keep the window painting.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !dialog->wasCanceled();
    };
}

bool WriteProgressDialog::wasCancelled() const { return m_dialog->wasCanceled(); }

} // namespace atlas
