// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/linkform.h"

#include "core/domain/enumtext.h"
#include "core/editing/numbertext.h"
#include "ui/forms/fieldreading.h"
#include "ui/forms/referencepicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace atlas {

LinkForm::LinkForm(AtlasDocument* document, const FiberLink& link, QWidget* parent)
    : RowForm(document, link, link.id == 0 ? tr("New Fiber Link") : tr("Edit Fiber Link"), parent)
{
    const auto sitePicker = [this](Id current) {
        auto* picker = new ReferencePicker;
        picker->setChoices(siteChoices(dataset()));
        picker->setId(current);
        return picker;
    };
    m_siteA = sitePicker(link.siteA);
    addField(QStringLiteral("site_a"), tr("Site &A"), m_siteA, tr("One end: type part of a site's name to find it"));
    m_siteB = sitePicker(link.siteB);
    addField(QStringLiteral("site_b"), tr("Site &B"), m_siteB, tr("The other end: a different site"));
    m_carrier = addLine(QStringLiteral("carrier"), tr("&Carrier"), link.carrier, tr("Who provides the fiber"), QStringLiteral("Lumen, Zayo"));
    m_capacity = addLine(QStringLiteral("capacity_tbps"), tr("Ca&pacity (Tbps)"), numberText(link.capacityTbps));
    m_status = new QComboBox;
    for (LinkStatus s : {LinkStatus::Planned, LinkStatus::Building, LinkStatus::Lit})
        m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(link.status)));
    addField(QStringLiteral("status"), tr("&Status"), m_status, tr("Lit when traffic runs on it"));
    m_activeDate = addLine(QStringLiteral("active_date"), tr("Lit &on"), link.activeDate.toString(Qt::ISODate),
                           tr("When it was (or is to be) lit, if known"), QStringLiteral("YYYY-MM-DD"));
    m_note = addNote(QStringLiteral("note"), tr("N&ote"), link.note);
    m_source = makeSourcePicker(dataset(), link.sourceId);
    addField(QStringLiteral("source_id"), tr("So&urce"), m_source);
    resize(520, sizeHint().height());
}

FiberLink LinkForm::read(FieldErrors* errors) const
{
    FiberLink link = original();
    link.siteA = chosenId(m_siteA, QStringLiteral("site_a"), tr("site"), errors);
    link.siteB = chosenId(m_siteB, QStringLiteral("site_b"), tr("site"), errors);
    link.carrier = m_carrier->text().trimmed();
    link.capacityTbps = optionalNumber(m_capacity, QStringLiteral("capacity_tbps"), errors);
    link.status = LinkStatus(m_status->currentData().toInt());
    link.activeDate = optionalDate(m_activeDate, QStringLiteral("active_date"), errors);
    link.note = m_note->toPlainText().trimmed();
    link.sourceId = chosenId(m_source, QStringLiteral("source_id"), tr("source"), errors);
    return link;
}

QString LinkForm::commandText(const FiberLink& row) const
{
    const Site* a = dataset().site(row.siteA);
    const Site* b = dataset().site(row.siteB);
    const QString ends = QStringLiteral("%1 – %2").arg(a ? a->name : QStringLiteral("?"), b ? b->name : QStringLiteral("?"));
    return (isNew() ? tr("Add link %1") : tr("Edit link %1")).arg(ends);
}

bool LinkForm::rowWasDeleted() const { return !isNew() && !dataset().link(original().id); }

} // namespace atlas
