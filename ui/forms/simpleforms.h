// SPDX-License-Identifier: GPL-3.0-or-later
// The forms for the smaller tables: operators, sources, GPU models and claims.
#pragma once

#include "ui/forms/rowform.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace atlas {

class ReferencePicker;

class OperatorForm : public RowForm<Operator>
{
    Q_OBJECT
public:
    OperatorForm(AtlasDocument* document, const Operator& op, QWidget* parent);

protected:
    Operator read(FieldErrors* errors) const override;
    QString commandText(const Operator& row) const override;
    bool rowWasDeleted() const override;

private:
    void chooseColor();
    void showSwatch(); // the colour as written, on the Choose… button

    QLineEdit* m_name;
    QLineEdit* m_color;
    QToolButton* m_pick;
    QPlainTextEdit* m_note;
    bool m_colorChosen = false; // the user wrote or picked it: the name no longer suggests one
};

class SourceForm : public RowForm<Source>
{
    Q_OBJECT
public:
    SourceForm(AtlasDocument* document, const Source& source, QWidget* parent);

protected:
    Source read(FieldErrors* errors) const override;
    QString commandText(const Source& row) const override;
    bool rowWasDeleted() const override;

private:
    QLineEdit* m_title;
    QLineEdit* m_url;
    QLineEdit* m_publisher;
    QLineEdit* m_published;
    QPlainTextEdit* m_note;
};

class GpuModelForm : public RowForm<GpuModel>
{
    Q_OBJECT
public:
    GpuModelForm(AtlasDocument* document, const GpuModel& model, QWidget* parent);

protected:
    GpuModel read(FieldErrors* errors) const override;
    QString commandText(const GpuModel& row) const override;
    bool rowWasDeleted() const override;

private:
    QLineEdit* m_name;
    QLineEdit* m_year;
    QLineEdit* m_tdpW;
    QLineEdit* m_overhead;
    QLineEdit* m_bf16;
    QLineEdit* m_fp8;
    QLineEdit* m_hbm;
    QLineEdit* m_unitPrice;
    QLineEdit* m_systemPrice;
    QLineEdit* m_system;
    QPlainTextEdit* m_note;
    ReferencePicker* m_source;
};

class ClaimForm : public RowForm<Claim>
{
    Q_OBJECT
public:
    ClaimForm(AtlasDocument* document, const Claim& claim, QWidget* parent);

protected:
    Claim read(FieldErrors* errors) const override;
    QString commandText(const Claim& row) const override;
    bool rowWasDeleted() const override;

private:
    QComboBox* m_metric;
    QLineEdit* m_label;
    QLineEdit* m_subject;
    QLineEdit* m_year;
    QLineEdit* m_low;
    QLineEdit* m_high;
    QLineEdit* m_unit;
    QPlainTextEdit* m_quote;
    QLineEdit* m_speaker;
    QLineEdit* m_saidOn;
    ReferencePicker* m_source;
};

} // namespace atlas
