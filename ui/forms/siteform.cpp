// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/siteform.h"

#include "core/domain/enumtext.h"
#include "core/domain/namekey.h"
#include "core/editing/numbertext.h"
#include "ui/forms/chipsdialog.h"
#include "ui/forms/fieldreading.h"
#include "ui/forms/idchoicedelegate.h"
#include "ui/forms/placefinderdialog.h"
#include "ui/forms/referencepicker.h"
#include "ui/forms/sourcelisteditor.h"
#include "ui/forms/tablerows.h"
#include "core/models/chipeditmodel.h"
#include "core/models/phaseeditmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

SiteForm::SiteForm(AtlasDocument* document, const Site& site, QWidget* parent)
    : RowForm(document, site, site.id == 0 ? tr("New Site") : tr("Edit Site — %1").arg(site.name), parent),
      m_phases(new PhaseEditModel(&document->dataset(), this))
{
    setModal(false);
    buildWhat(site);
    startColumn();
    buildWhere(site);
    startBelow();

    QVector<SitePhase> phases;
    for (const SitePhase* phase : dataset().phasesOf(site.id))
        phases.append(*phase);
    m_phases->setPhases(phases);
    addField(QStringLiteral("phases"), tr("P&hases"), buildPhases(),
             tr("The site's capacity over time: from each date, the site's IT power in total"));
    precisionChanged();

    // Two columns and the phases fit a 1366×768 screen; a larger one gets a roomier form.
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    resize(std::min(1100, screen.width() - 40), std::min(800, screen.height() - 40));
}

void SiteForm::buildWhat(const Site& site)
{
    m_name = addLine(QStringLiteral("name"), tr("&Name"), site.name, tr("As the press calls it: \"Stargate Abilene\", \"xAI Colossus 1\""));
    m_operator = new ReferencePicker(tr("(no operator)"));
    m_operator->setChoices(operatorChoices(dataset()));
    m_operator->setId(site.operatorId);
    addField(QStringLiteral("operator_id"), tr("&Operator"), m_operator, tr("Who runs the site; its colour marks the site on the map"));
    m_parties = addLine(QStringLiteral("parties"), tr("&Parties"), site.parties, tr("Who builds, leases and uses it"),
                        tr("Crusoe builds, Oracle leases, OpenAI tenant"));
    m_status = new QComboBox;
    for (SiteStatus s : {SiteStatus::Announced, SiteStatus::Building, SiteStatus::Operating})
        m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(site.status)));
    addField(QStringLiteral("status"), tr("&Status"), m_status);
    m_plannedMw =
        addLine(QStringLiteral("planned_mw"), tr("Planned &MW"), numberText(site.plannedMw),
                tr("The IT power the site is planned to reach, in MW"));
    m_note = addNote(QStringLiteral("note"), tr("N&ote"), site.note);
    m_source = makeSourcePicker(dataset(), site.sourceId);
    addField(QStringLiteral("source_id"), tr("So&urce"), m_source,
             tr("The source the site's facts come from"));
    m_references = new SourceListEditor;
    m_references->setChoices(sourceChoices(dataset()));
    m_references->setIds(site.referenceIds);
    addField(QStringLiteral("references"), tr("Fur&ther sources"), m_references,
             tr("Other sources about the site: reporting, filings, calculation sheets"));
    connect(m_references, &SourceListEditor::changed, this, [this] {
        touch(QStringLiteral("references"));
        revalidate();
    });
}

QStringList SiteForm::warnings() const
{
    FieldErrors ignored; // a source that is not a row is an error, shown as one
    if (chosenId(m_source, QStringLiteral("source_id"), tr("source"), &ignored) != 0 || !m_references->ids().isEmpty())
        return {};
    return {tr("No source yet: choose one under Source, so that whoever reads this site's figures "
               "can check them. The site can be saved without one.")};
}

void SiteForm::buildWhere(const Site& site)
{
    m_city = addLine(QStringLiteral("city"), tr("&City"), site.city);
    m_region = addLine(QStringLiteral("region"), tr("&Region"), site.region, tr("State or province"));
    m_country = addLine(QStringLiteral("country"), tr("Countr&y"), site.country, tr("ISO code, e.g. US"));
    m_address = addLine(QStringLiteral("address"), tr("A&ddress"), site.address,
                        tr("The address as the source writes it (a street, a parcel, a ZIP code)"));
    m_precision = new QComboBox;
    for (LocationPrecision p :
         {LocationPrecision::Exact, LocationPrecision::Approximate, LocationPrecision::Unknown})
        m_precision->addItem(displayName(p), int(p));
    m_precision->setItemData(
        m_precision->findData(int(LocationPrecision::Unknown)),
        tr("No location yet: the site counts in every figure but is not drawn on the map"),
        Qt::ToolTipRole);
    m_precision->setCurrentIndex(m_precision->findData(int(site.precision)));
    addField(
        QStringLiteral("location_precision"), tr("Pr&ecision"), m_precision,
        tr("Approximate when only the town or county is known (the map draws such sites hollow); "
           "Not placed when the location is not known yet"));
    connect(m_precision, &QComboBox::currentIndexChanged, this, &SiteForm::precisionChanged);

    const bool placed = site.id != 0 && site.hasLocation();
    m_lon = new QLineEdit(placed ? numberText(site.lon) : QString());
    auto* find = new QPushButton(tr("&Find Place…"));
    find->setToolTip(tr("Look up a town, region, country or US ZIP code in the offline gazetteer "
                        "and put the site at its centre, as an approximate location"));
    connect(find, &QPushButton::clicked, this, &SiteForm::findPlace);
    addField(
        QStringLiteral("lon"), tr("&Longitude"), m_lon,
        tr("Degrees east, -180 to 180 (west is negative). Shift+click on the map to set both."),
        find);
    m_lat =
        addLine(QStringLiteral("lat"), tr("L&atitude"), placed ? numberText(site.lat) : QString(),
                tr("Degrees north, -90 to 90. Shift+click on the map to set both."));
    auto* hint = new QLabel(tr("<small>Shift+click on the map to put the site there, or find a "
                               "town or ZIP code with Find Place.</small>"));
    hint->setEnabled(false);
    addWide(hint);
    m_locationNote = addNote(QStringLiteral("location_note"), tr("Ho&w placed"), site.locationNote);
    m_locationNote->setToolTip(
        tr("How the site was placed: \"At the parcel in the county's filing\", "
           "\"Placed at the centre of ZIP code 38109\""));
}

LocationPrecision SiteForm::precision() const
{
    return LocationPrecision(m_precision->currentData().toInt());
}

void SiteForm::setPrecision(LocationPrecision precision)
{
    m_precision->setCurrentIndex(m_precision->findData(int(precision)));
}

void SiteForm::precisionChanged()
{
    const bool placed = precision() != LocationPrecision::Unknown;
    // Not placed: the coordinates mean nothing, so they are empty and off; what was typed
    // comes back if the site is placed again before saving.
    if (!placed && m_lon->isEnabled()) {
        m_lonText = m_lon->text();
        m_latText = m_lat->text();
        m_lon->clear();
        m_lat->clear();
    } else if (placed && !m_lon->isEnabled()) {
        m_lon->setText(m_lonText);
        m_lat->setText(m_latText);
    }
    m_lon->setEnabled(placed);
    m_lat->setEnabled(placed);
    m_lon->setPlaceholderText(placed ? QStringLiteral("-99.7331") : tr("not placed"));
    m_lat->setPlaceholderText(placed ? QStringLiteral("32.4487") : tr("not placed"));
    revalidate();
}

QWidget* SiteForm::buildPhases()
{
    auto* box = new QWidget;
    m_phaseTable = new QTableView(box);
    m_phaseTable->setModel(m_phases);
    m_phaseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phaseTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_phaseTable->horizontalHeader()->setStretchLastSection(true);
    m_phaseTable->setMinimumHeight(150);
    m_phaseTable->setItemDelegateForColumn(
        PhaseEditModel::GpuModelColumn,
        new IdChoiceDelegate([this] { return gpuModelChoices(dataset()); }, tr("(not known)"), m_phaseTable));
    m_phaseTable->setItemDelegateForColumn(
        PhaseEditModel::SourceColumn,
        new IdChoiceDelegate([this] { return sourceChoices(dataset()); }, tr("(no source)"), m_phaseTable));
    // Narrow number columns, so that the note and source fit without scrolling.
    m_phaseTable->horizontalHeader()->setDefaultSectionSize(64);
    m_phaseTable->setColumnWidth(PhaseEditModel::OnlineColumn, 76);
    m_phaseTable->setColumnWidth(PhaseEditModel::FacilityMwColumn, 84);
    m_phaseTable->setColumnWidth(PhaseEditModel::GpuModelColumn, 130);
    m_phaseTable->setColumnWidth(PhaseEditModel::GpuCountColumn, 76);
    m_phaseTable->setColumnWidth(PhaseEditModel::H100eColumn, 76);
    m_phaseTable->setColumnWidth(PhaseEditModel::BuildingsColumn, 72);
    m_phaseTable->setColumnWidth(PhaseEditModel::EstimateColumn, 68);
    m_phaseTable->setColumnWidth(PhaseEditModel::ProjectedColumn, 72);
    m_phaseTable->setColumnWidth(PhaseEditModel::NoteColumn, 130);
    // A mixed fleet's cells are read-only: a double-click there opens its chips.
    connect(m_phaseTable, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) {
                const bool fleet = index.column() == PhaseEditModel::GpuModelColumn ||
                                   index.column() == PhaseEditModel::GpuCountColumn;
                if (fleet && m_phases->isMixedFleet(index.row()))
                    editChips();
            });

    const auto changed = [this] {
        touch(QStringLiteral("phases"));
        revalidate();
    };
    connect(m_phases, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_phases, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_phases, &QAbstractItemModel::rowsRemoved, this, changed);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phaseTable, 1);
    layout->addWidget(buildPhaseButtons());
    return box;
}

QWidget* SiteForm::buildPhaseButtons()
{
    // The buttons, the table's context menu and the shortcuts are the same three actions.
    auto* addAction = new QAction(tr("Add Phase"), this);
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addAction->setToolTip(tr("A new phase a year after the last one (Ctrl+Shift+P)"));
    auto* removeAction = new QAction(tr("Remove Phase"), this);
    removeAction->setToolTip(tr("Remove the selected phases; they are deleted when you save"));
    auto* chipsAction = new QAction(tr("Edit Ch&ips…"), this);
    chipsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    chipsAction->setToolTip(
        tr("The selected phase's chips, a line per GPU model: a fleet can mix models "
           "(Ctrl+Shift+G)"));
    connect(addAction, &QAction::triggered, this, &SiteForm::addPhase);
    connect(removeAction, &QAction::triggered, this, &SiteForm::removeSelectedPhases);
    connect(chipsAction, &QAction::triggered, this, &SiteForm::editChips);
    for (QAction* action : {addAction, chipsAction})
        action->setShortcutContext(Qt::WindowShortcut);
    addActions({addAction, chipsAction}); // the shortcuts work anywhere in the form
    m_phaseTable->addActions({chipsAction, addAction, removeAction});
    m_phaseTable->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* box = new QWidget;
    auto* buttons = new QHBoxLayout(box);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : {addAction, removeAction, chipsAction}) {
        auto* button = new QPushButton(action->text(), box);
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
        if (action == chipsAction)
            m_chips = button;
    }
    buttons->addStretch(1);
    // Chips… needs a phase to work on.
    const auto updateChips = [this, chipsAction] {
        const bool phase = m_phaseTable->currentIndex().isValid();
        chipsAction->setEnabled(phase);
        m_chips->setEnabled(phase);
    };
    connect(m_phaseTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            updateChips);
    connect(m_phases, &QAbstractItemModel::rowsRemoved, this, updateChips);
    connect(m_phases, &QAbstractItemModel::modelReset, this, updateChips);
    updateChips();
    return box;
}

void SiteForm::addPhase()
{
    // The date first: it is what a new phase most needs.
    const int row = m_phases->addPhase();
    editAddedRow(m_phaseTable, m_phases->index(row, PhaseEditModel::OnlineColumn));
}

void SiteForm::removeSelectedPhases() { m_phases->removePhaseRows(rowsToRemove(m_phaseTable)); }

void SiteForm::editChips()
{
    const QModelIndex current = m_phaseTable->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const QString phaseName = m_phases->index(row, PhaseEditModel::OnlineColumn).data().toString();
    auto* dialog = new ChipsDialog(&dataset(), m_phases->phaseAt(row).chips, phaseName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog is modal to the form, so the row stays the phase it was opened for.
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (dialog->model()->isModified())
            m_phases->setChips(row, dialog->model()->chips());
    });
    dialog->open();
}

void SiteForm::setLocation(double lon, double lat)
{
    placeAt(lon, lat);
    notePlacement(tr("Placed by hand on the map."));
    revalidate();
    raise();
    activateWindow();
}

void SiteForm::placeAt(double lon, double lat)
{
    if (precision() == LocationPrecision::Unknown)
        setPrecision(LocationPrecision::Approximate);
    // Six decimals: about 0.1 m, finer than any site's published location.
    m_lon->setText(QString::number(lon, 'f', 6));
    m_lat->setText(QString::number(lat, 'f', 6));
    touch(QStringLiteral("lon"));
    touch(QStringLiteral("lat"));
    touch(QStringLiteral("location_precision"));
}

void SiteForm::findPlace()
{
    QStringList known;
    for (const QLineEdit* field : {m_city, m_region, m_country}) {
        if (!field->text().trimmed().isEmpty())
            known << field->text().trimmed();
    }
    auto* dialog = new PlaceFinderDialog(known.join(QStringLiteral(", ")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { usePlace(dialog->place()); });
    dialog->open();
}

void SiteForm::usePlace(const GeocodeResult& place)
{
    if (!place.found)
        return;
    const auto fillIfEmpty = [this](QLineEdit* field, const QString& text, const QString& key) {
        if (field->text().trimmed().isEmpty() && !text.isEmpty()) {
            field->setText(text);
            touch(key);
        }
    };
    fillIfEmpty(m_city, place.city, QStringLiteral("city"));
    fillIfEmpty(m_region, place.region, QStringLiteral("region"));
    fillIfEmpty(m_country, place.countryCode, QStringLiteral("country"));
    setPrecision(LocationPrecision::Approximate);
    placeAt(place.position.lon, place.position.lat);
    notePlacement(place.method);
    revalidate();
}

void SiteForm::notePlacement(const QString& sentence)
{
    // The sentence the form wrote last is replaced (the place it described is gone); what the
    // user wrote there stays, with the new sentence first.
    QString note = m_locationNote->toPlainText();
    if (!m_placedBy.isEmpty() && note.contains(m_placedBy))
        note.replace(m_placedBy, sentence);
    else
        note = note.trimmed().isEmpty() ? sentence : sentence + QLatin1Char('\n') + note.trimmed();
    m_placedBy = sentence;
    m_locationNote->setPlainText(note);
    touch(QStringLiteral("location_note"));
}

Site SiteForm::read(FieldErrors* errors) const
{
    Site site = original();
    site.name = normalizedName(m_name->text());
    site.operatorId = chosenId(m_operator, QStringLiteral("operator_id"), tr("operator"), errors);
    site.parties = m_parties->text().trimmed();
    site.status = SiteStatus(m_status->currentData().toInt());
    site.plannedMw = optionalNumber(m_plannedMw, QStringLiteral("planned_mw"), errors);
    site.note = m_note->toPlainText().trimmed();
    site.sourceId = chosenId(m_source, QStringLiteral("source_id"), tr("source"), errors);
    site.referenceIds = m_references->ids();
    site.city = m_city->text().trimmed();
    site.region = m_region->text().trimmed();
    site.country = m_country->text().trimmed();
    site.address = m_address->text().trimmed();
    site.precision = precision();
    if (site.hasLocation()) {
        site.lon = requiredNumber(m_lon, QStringLiteral("lon"), tr("The longitude"), errors);
        site.lat = requiredNumber(m_lat, QStringLiteral("lat"), tr("The latitude"), errors);
    } else {
        site.lon = site.lat = 0; // stored as NULL: a site not placed has no coordinates
    }
    site.locationNote = m_locationNote->toPlainText().trimmed();
    return site;
}

FieldErrors SiteForm::problems() const
{
    FieldErrors errors = RowForm::problems();
    for (const QString& problem : m_phases->problems())
        errors.append({QStringLiteral("phases"), problem});
    return errors;
}

ChangeSet SiteForm::changes() const
{
    FieldErrors ignored;
    const Site site = read(&ignored);
    ChangeSet set(commandText(site));
    if (isNew() || !(site == original()))
        set.upsert(site);
    // A new site is the set's first change; its phases refer to it until it has an id.
    set.append(m_phases->changes(isNew() ? insertedBy(0) : original().id));
    return set.isEmpty() ? ChangeSet() : set;
}

QString SiteForm::commandText(const Site& row) const
{
    return (isNew() ? tr("Add site “%1”") : tr("Edit site “%1”")).arg(row.name);
}

bool SiteForm::rowWasDeleted() const { return !isNew() && !dataset().site(original().id); }

} // namespace atlas
