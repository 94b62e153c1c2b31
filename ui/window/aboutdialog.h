// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: version, licence, and where the data comes from.
#pragma once

#include <QDialog>

namespace atlas {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace atlas
