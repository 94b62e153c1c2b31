// SPDX-License-Identifier: GPL-3.0-or-later
// A combo box for a reference to another row (a site, an operator, a source, a GPU model)
// that can be searched by typing: the list narrows to the names that contain the text. Typing
// a name that is not in the list leaves no row chosen, which the form reports.
#pragma once

#include "core/domain/entities.h"

#include <QComboBox>

namespace atlas {

class ReferencePicker : public QComboBox
{
    Q_OBJECT
public:
    // `noneText` is shown as the first choice when "none" is allowed (empty: not allowed).
    explicit ReferencePicker(const QString& noneText = {}, QWidget* parent = nullptr);

    // The rows to choose from, as (name, id); shown sorted by name.
    void setChoices(QVector<std::pair<QString, Id>> choices);
    void setId(Id id);
    // The chosen row's id; 0 for none (or nothing typed); -1 when the text names no row.
    Id id() const;
    bool allowsNone() const { return !m_noneText.isEmpty(); }

private:
    QString m_noneText;
};

} // namespace atlas
