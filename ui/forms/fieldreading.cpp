// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/fieldreading.h"

#include "core/editing/numbertext.h"
#include "ui/forms/referencepicker.h"

#include <QCoreApplication>
#include <QLineEdit>

#include <cmath>

namespace atlas {
namespace {

// The texts of the form fields' reading (free functions, no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::FormFields)
};

template <typename T, typename Name>
QVector<std::pair<QString, Id>> choices(const QVector<T>& rows, Name name)
{
    QVector<std::pair<QString, Id>> result;
    result.reserve(rows.size());
    for (const T& row : rows)
        result.append({name(row), row.id});
    return result;
}

} // namespace

std::optional<double> optionalNumber(const QLineEdit* edit, const QString& field, FieldErrors* errors)
{
    const NumberText parsed = parseNumberText(edit->text());
    if (parsed.bad)
        errors->append({field, Text::tr("\"%1\" is not a number.").arg(edit->text().trimmed())});
    return parsed.value;
}

double requiredNumber(const QLineEdit* edit, const QString& field, const QString& what, FieldErrors* errors)
{
    const NumberText parsed = parseNumberText(edit->text());
    if (parsed.bad)
        errors->append({field, Text::tr("\"%1\" is not a number.").arg(edit->text().trimmed())});
    else if (!parsed.value)
        errors->append({field, Text::tr("%1 is required.").arg(what)});
    return parsed.value.value_or(0);
}

std::optional<int> optionalYear(const QLineEdit* edit, const QString& field, FieldErrors* errors)
{
    const std::optional<double> value = optionalNumber(edit, field, errors);
    if (value && *value != std::floor(*value)) {
        errors->append({field, Text::tr("A year is a whole number, like 2026.")});
        return std::nullopt;
    }
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

QDate optionalDate(const QLineEdit* edit, const QString& field, FieldErrors* errors)
{
    const QString text = edit->text().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid())
        errors->append({field, Text::tr("\"%1\" is not a date; write it YYYY-MM-DD.").arg(text)});
    return date;
}

Id chosenId(const ReferencePicker* picker, const QString& field, const QString& what, FieldErrors* errors)
{
    const Id id = picker->id();
    if (id < 0)
        errors->append({field, Text::tr("There is no %1 named \"%2\"; choose one from the list.")
                                   .arg(what, picker->currentText().trimmed())});
    return std::max<Id>(id, 0);
}

QVector<std::pair<QString, Id>> sourceChoices(const Dataset& data)
{
    return choices(data.sources, [](const Source& s) { return s.title; });
}
QVector<std::pair<QString, Id>> operatorChoices(const Dataset& data)
{
    return choices(data.operators, [](const Operator& o) { return o.name; });
}
QVector<std::pair<QString, Id>> siteChoices(const Dataset& data)
{
    return choices(data.sites, [](const Site& s) { return s.name; });
}
QVector<std::pair<QString, Id>> gpuModelChoices(const Dataset& data)
{
    return choices(data.gpuModels, [](const GpuModel& m) { return m.name; });
}

ReferencePicker* makeSourcePicker(const Dataset& data, Id current)
{
    auto* picker = new ReferencePicker(Text::tr("(no source)"));
    picker->setChoices(sourceChoices(data));
    picker->setId(current);
    return picker;
}

} // namespace atlas
