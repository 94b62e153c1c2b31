// SPDX-License-Identifier: GPL-3.0-or-later
// Reading typed values out of form fields: empty is "not known", text that does not parse
// is an error at the field, a reference names a row from the list or is an error.
#pragma once

#include "core/domain/dataset.h"
#include "core/domain/validation.h"

#include <QDate>

#include <optional>

class QLineEdit;

namespace atlas {

class ReferencePicker;

std::optional<double> optionalNumber(const QLineEdit* edit, const QString& field, FieldErrors* errors);
double requiredNumber(const QLineEdit* edit, const QString& field, const QString& what, FieldErrors* errors);
std::optional<int> optionalYear(const QLineEdit* edit, const QString& field, FieldErrors* errors);
// YYYY-MM-DD or empty (an invalid QDate).
QDate optionalDate(const QLineEdit* edit, const QString& field, FieldErrors* errors);
// The chosen row's id (0 for none); `what` names the kind of row in the message.
Id chosenId(const ReferencePicker* picker, const QString& field, const QString& what, FieldErrors* errors);

QVector<std::pair<QString, Id>> sourceChoices(const Dataset& data);
QVector<std::pair<QString, Id>> operatorChoices(const Dataset& data);
QVector<std::pair<QString, Id>> siteChoices(const Dataset& data);
QVector<std::pair<QString, Id>> gpuModelChoices(const Dataset& data);

// A picker of sources, "(no source)" allowed, with `current` chosen; parented by addField().
ReferencePicker* makeSourcePicker(const Dataset& data, Id current);

} // namespace atlas
