// SPDX-License-Identifier: GPL-3.0-or-later
// The fiber link form: its two ends picked from a searchable list of sites, carrier,
// capacity, status and the date it was lit.
#pragma once

#include "ui/forms/rowform.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace atlas {

class ReferencePicker;

class LinkForm : public RowForm<FiberLink>
{
    Q_OBJECT
public:
    LinkForm(AtlasDocument* document, const FiberLink& link, QWidget* parent);

    ReferencePicker* siteAPicker() const { return m_siteA; }
    ReferencePicker* siteBPicker() const { return m_siteB; }

protected:
    FiberLink read(FieldErrors* errors) const override;
    QString commandText(const FiberLink& row) const override;
    bool rowWasDeleted() const override;

private:
    ReferencePicker* m_siteA;
    ReferencePicker* m_siteB;
    QLineEdit* m_carrier;
    QLineEdit* m_capacity;
    QComboBox* m_status;
    QLineEdit* m_activeDate;
    QPlainTextEdit* m_note;
    ReferencePicker* m_source;
};

} // namespace atlas
