// The playground's Parameters side panel (sidepanel.h): the Parameters page (presets, sampling,
// tools, reasoning option), the workload's price per million tokens, and a line of the
// conversation's tokens and cost that stays in sight below them. The rules live in workbench
// (presets.h, pricing.h) and core (cost.h); this part lays them out and keeps them in step.

#include "playgroundview.h"

#include "paramseditor.h"
#include "pricing.h"
#include "sidepanel.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// Tool buttons: a push button is at least 80 pixels wide in Fusion, three of them more than the
// panel has.
QToolButton* panelButton(QWidget* parent, const char* name, const QString& text) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(text);
    return b;
}

QDoubleSpinBox* priceBox(QWidget* parent, const char* name, const QString& label) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(label);
    box->setPrefix(u"$"_s);
    box->setDecimals(4);
    box->setRange(0, 100000);
    box->setSingleStep(0.1);
    box->setEnabled(false);
    return box;
}

} // namespace

QWidget* PlaygroundView::buildParamsPanel() {
    m_paramsPanel = new SidePanel(tr("Parameters"), u"playground/paramsPanel"_s, this);
    m_paramsPanel->setObjectName(u"paramsPanel"_s);
    auto* contents = new QWidget(m_paramsPanel);
    auto* layout = new QVBoxLayout(contents);
    layout->setContentsMargins(3, 0, 3, 6);
    QWidget* page = buildParamsPage();
    // One margin for the whole panel, not one per nested form: the width is the panel's.
    page->layout()->setContentsMargins(0, 0, 0, 0);
    m_params->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page, 1);
    layout->addWidget(buildPriceBox(contents));
    // The panel is narrow: each value goes under its label, whichever editor the form belongs
    // to, so the conversation keeps its width at 1024 pixels.
    for (QFormLayout* form : contents->findChildren<QFormLayout*>())
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_paramsPanel->setContents(contents);
    m_totals = new QLabel(m_paramsPanel);
    m_totals->setObjectName(u"conversationTotals"_s);
    m_totals->setAccessibleName(tr("This conversation's tokens and cost"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setContentsMargins(8, 4, 8, 6);
    m_paramsPanel->setFooter(m_totals);
    addAction(m_paramsPanel->toggleAction()); // Ctrl+Shift+P anywhere in the playground
    connect(m_params, &ParamsEditor::changed, this, &PlaygroundView::showPresetState);
    showTotals();
    return m_paramsPanel;
}

// The preset picker on two lines, since the panel is narrow: the name, then what to do with it;
// below, the preset in effect and why a Save or Delete was refused.
QLayout* PlaygroundView::buildPresetRow(QWidget* parent) {
    m_presets = new QComboBox(parent);
    m_presets->setObjectName(u"presets"_s);
    m_presets->setAccessibleName(tr("Preset name"));
    m_presets->setEditable(true);
    m_presets->setInsertPolicy(QComboBox::NoInsert);
    m_presets->setToolTip(tr("Pick a preset to apply it, or type a name and Save the values in "
                             "effect under it"));
    auto* apply = panelButton(parent, "applyPreset", tr("Apply"));
    auto* save = panelButton(parent, "savePreset", tr("Save"));
    auto* remove = panelButton(parent, "deletePreset", tr("Delete"));
    remove->setToolTip(tr("Deletes a preset of your own; the built-in ones stay"));
    m_presetStatus = new QLabel(parent);
    m_presetStatus->setObjectName(u"presetStatus"_s);
    m_presetStatus->setWordWrap(true);
    m_presetMessage = new QLabel(parent);
    m_presetMessage->setObjectName(u"presetMessage"_s);
    m_presetMessage->setWordWrap(true);
    m_presetMessage->setTextFormat(Qt::PlainText);
    theme::setTextTone(m_presetMessage, theme::Tone::Warn);
    m_presetMessage->hide();
    // Picking a preset from the list applies it; choosing it again restores its values.
    connect(m_presets, &QComboBox::textActivated, this, [this](const QString& name) {
        if (Presets(m_workload).load(name))
            applyPreset(name);
    });
    connect(apply, &QToolButton::clicked, this, [this] {
        if (!applyPreset(m_presets->currentText()))
            showPresetMessage(tr("No preset is called \"%1\": pick one from the list, or Save "
                                 "the values in effect under that name.")
                                  .arg(m_presets->currentText().trimmed()));
    });
    connect(save, &QToolButton::clicked, this, [this] { savePreset(m_presets->currentText()); });
    connect(remove, &QToolButton::clicked, this,
            [this] { deletePreset(m_presets->currentText()); });
    auto* name = new QHBoxLayout;
    name->addWidget(new QLabel(tr("Preset"), parent));
    name->addWidget(m_presets, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* rows = new QVBoxLayout;
    rows->addLayout(name);
    rows->addLayout(buttons);
    rows->addWidget(m_presetStatus);
    rows->addWidget(m_presetMessage);
    return rows;
}

QWidget* PlaygroundView::buildPriceBox(QWidget* parent) {
    auto* box = new QWidget(parent);
    m_priceSet = new QCheckBox(tr("Price per 1M tokens"), box);
    m_priceSet->setObjectName(u"priceSet"_s);
    m_priceSet->setToolTip(tr("This workload's price, kept in the settings (never with its "
                              "key): each run's cost is its usage at this price"));
    m_priceInput = priceBox(box, "priceInput", tr("Price per million input tokens"));
    m_priceOutput = priceBox(box, "priceOutput", tr("Price per million output tokens"));
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_priceSet);
    form->addRow(tr("Input"), m_priceInput);
    form->addRow(tr("Output"), m_priceOutput);
    for (QWidget* w : {static_cast<QWidget*>(m_priceInput), static_cast<QWidget*>(m_priceOutput)})
        connect(m_priceSet, &QCheckBox::toggled, w, &QWidget::setEnabled);
    connect(m_priceSet, &QCheckBox::toggled, this, &PlaygroundView::priceEdited);
    connect(m_priceInput, &QDoubleSpinBox::valueChanged, this, &PlaygroundView::priceEdited);
    connect(m_priceOutput, &QDoubleSpinBox::valueChanged, this, &PlaygroundView::priceEdited);
    return box;
}

// ---------------------------------------------------------------- presets

void PlaygroundView::loadPresets() {
    const QString current = m_presets->currentText();
    m_presets->clear();
    m_presets->addItems(presetNames());
    m_presets->setCurrentText(m_presetMark.name().isEmpty() ? current : m_presetMark.name());
    showPresetMessage({});
    showPresetState();
}

QStringList PlaygroundView::presetNames() const {
    return Presets(m_workload).choices();
}

Preset PlaygroundView::presetInEffect() const {
    return {params(), streaming()};
}

void PlaygroundView::savePreset(const QString& name) {
    QString why;
    const QString saved = Presets(m_workload).save(name, presetInEffect(), &why);
    if (saved.isEmpty()) {
        showPresetMessage(why);
        return;
    }
    m_presetMark.chose(saved, presetInEffect());
    loadPresets();
    m_presets->setCurrentText(saved);
    scheduleDraftSave();
    emit statusMessage(tr("Preset \"%1\" saved").arg(saved));
}

bool PlaygroundView::applyPreset(const QString& name) {
    const std::optional<Preset> preset = Presets(m_workload).load(name);
    if (!preset)
        return false;
    m_params->setParams(preset->params);
    m_params->setStream(preset->stream);
    QString shown = name.trimmed();
    for (const NamedPreset& p : builtinPresets())
        if (shown.compare(p.name, Qt::CaseInsensitive) == 0)
            shown = p.name;
    // The values as the editor holds them now, so "modified" means changed by hand since.
    m_presetMark.chose(shown, presetInEffect());
    showPresetMessage({});
    showPresetState();
    scheduleDraftSave();
    return true;
}

void PlaygroundView::deletePreset(const QString& name) {
    QString why;
    if (!Presets(m_workload).remove(name, &why)) {
        showPresetMessage(why);
        return;
    }
    if (m_presetMark.name() == name.trimmed())
        m_presetMark.clear();
    loadPresets();
    m_presets->setCurrentText(QString());
}

void PlaygroundView::showPresetState() {
    if (!m_presetStatus)
        return;
    const QString label = m_presetMark.label(presetInEffect());
    m_presetStatus->setText(
        label.isEmpty() ? tr("In effect: your own values")
        : m_presetMark.isModified(presetInEffect())
            ? tr("In effect: %1. Pick it again to restore its values.").arg(label)
            : tr("In effect: %1").arg(label));
}

void PlaygroundView::showPresetMessage(const QString& text) {
    m_presetMessage->setText(text);
    m_presetMessage->setVisible(!text.isEmpty());
}

QString PlaygroundView::presetStatus() const {
    return m_presetStatus->text();
}

QString PlaygroundView::presetMessage() const {
    return m_presetMessage->isHidden() ? QString() : m_presetMessage->text();
}

// ---------------------------------------------------------------- price, tokens and cost

std::optional<TokenPrice> PlaygroundView::price() const {
    if (!m_priceSet->isChecked())
        return std::nullopt;
    return TokenPrice{m_priceInput->value(), m_priceOutput->value()};
}

void PlaygroundView::setPrice(const std::optional<TokenPrice>& price) {
    {
        const QSignalBlocker a(m_priceSet), b(m_priceInput), c(m_priceOutput);
        m_priceSet->setChecked(price.has_value());
        m_priceInput->setValue(price ? price->inputPerMillion : 0);
        m_priceOutput->setValue(price ? price->outputPerMillion : 0);
        m_priceInput->setEnabled(price.has_value());
        m_priceOutput->setEnabled(price.has_value());
    }
    priceEdited();
}

void PlaygroundView::loadPrice() {
    m_loadingPrice = true;
    setPrice(workloadPrice(m_workload));
    m_loadingPrice = false;
    m_options.price = price();
}

void PlaygroundView::priceEdited() {
    m_options.price = price();
    if (!m_loadingPrice && !(m_workload.id.isEmpty() && m_workload.slug.isEmpty()))
        setWorkloadPrice(m_workload, m_options.price);
}

void PlaygroundView::countRun(Run* run) {
    m_tally.add(run->usage(), costToJson(m_session->options().price, run->usage()));
    showTotals();
    scheduleDraftSave();
}

void PlaygroundView::showTotals() {
    const QString text = tallyText(m_tally);
    m_totals->setText(text.isEmpty() ? tr("This conversation: no runs yet")
                                     : tr("This conversation: %1").arg(text));
}

QString PlaygroundView::conversationTotals() const {
    return m_totals->text();
}

} // namespace ik
