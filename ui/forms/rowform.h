// SPDX-License-Identifier: GPL-3.0-or-later
// A form for one row of type T: what it would write is the row read back from the fields,
// checked on its own and against the other rows, and written only when it differs from the
// row the form opened with.
#pragma once

#include "core/document/atlasdocument.h"
#include "core/domain/datasetchecks.h"
#include "ui/forms/formdialog.h"

namespace atlas {

template <typename T>
class RowForm : public FormDialog
{
public:
    RowForm(AtlasDocument* document, T original, const QString& title, QWidget* parent)
        : FormDialog(document, title, parent), m_original(std::move(original))
    {
    }

    ChangeSet changes() const override
    {
        FieldErrors ignored;
        const T row = read(&ignored);
        if (m_original.id != 0 && row == m_original)
            return {};
        return ChangeSet(commandText(row)).upsert(row);
    }
    FieldErrors problems() const override
    {
        FieldErrors errors;
        const T row = read(&errors);
        errors += checkRow(row, dataset());
        return errors;
    }
    const T& original() const { return m_original; }

protected:
    // The row as the fields hold it now; text that does not parse adds to *errors.
    virtual T read(FieldErrors* errors) const = 0;
    // "Add operator “X”" / "Edit operator “X”": the undo history's line for the save.
    virtual QString commandText(const T& row) const = 0;
    bool isNew() const { return m_original.id == 0; }

private:
    T m_original;
};

} // namespace atlas
