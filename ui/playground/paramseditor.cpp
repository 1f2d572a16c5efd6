#include "paramseditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ik {

namespace {

QDoubleSpinBox* doubleBox(QWidget* parent, double min, double max, double step, double value) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(min, max);
    b->setSingleStep(step);
    b->setDecimals(2);
    b->setValue(value);
    return b;
}

double doubleOf(QWidget* w) {
    return static_cast<QDoubleSpinBox*>(w)->value();
}
int intOf(QWidget* w) {
    return static_cast<QSpinBox*>(w)->value();
}

// Stop sequences are one per line; "\n" and "\t" in a line stand for those characters, so a
// sequence can hold a line break.
QStringList parseStops(const QString& text) {
    QStringList out;
    for (QString line : text.split(u'\n')) {
        if (line.isEmpty())
            continue;
        line.replace(QStringLiteral("\\n"), QStringLiteral("\n"))
            .replace(QStringLiteral("\\t"), QStringLiteral("\t"));
        out.append(line);
    }
    return out;
}

QString formatStops(const QStringList& stops) {
    QStringList lines;
    for (QString s : stops)
        lines.append(s.replace(u'\n', QStringLiteral("\\n")).replace(u'\t', QStringLiteral("\\t")));
    return lines.join(u'\n');
}

} // namespace

ParamsEditor::ParamsEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("params"));
    auto* form = new QFormLayout(this);
    const auto row = [&](const char* name, const QString& label, QWidget* value) {
        auto* set = new QCheckBox(label, this);
        set->setObjectName(QString::fromLatin1(name) + QStringLiteral("Set"));
        set->setToolTip(tr("Unchecked: left out of the request (the server's default applies)"));
        value->setObjectName(QString::fromLatin1(name));
        value->setAccessibleName(label);
        value->setEnabled(false);
        connect(set, &QCheckBox::toggled, value, &QWidget::setEnabled);
        connect(set, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
        form->addRow(set, value);
        return Row{set, value};
    };
    m_temperature = row("temperature", tr("Temperature"), doubleBox(this, 0, 2, 0.1, 0.7));
    auto* maxTokens = new QSpinBox(this);
    maxTokens->setRange(1, 1000000);
    maxTokens->setValue(512);
    m_maxTokens = row("maxTokens", tr("Max tokens"), maxTokens);
    m_topP = row("topP", tr("Top p"), doubleBox(this, 0, 1, 0.05, 1.0));
    auto* seed = new QSpinBox(this);
    seed->setRange(0, 2147483647);
    m_seed = row("seed", tr("Seed"), seed);
    m_presence = row("presencePenalty", tr("Presence penalty"), doubleBox(this, -2, 2, 0.1, 0));
    m_frequency = row("frequencyPenalty", tr("Frequency penalty"), doubleBox(this, -2, 2, 0.1, 0));
    for (const Row& r : {m_temperature, m_maxTokens, m_topP, m_seed, m_presence, m_frequency}) {
        if (auto* d = qobject_cast<QDoubleSpinBox*>(r.value))
            connect(d, &QDoubleSpinBox::valueChanged, this, [this] {
                if (!m_loading)
                    emit changed();
            });
        if (auto* i = qobject_cast<QSpinBox*>(r.value))
            connect(i, &QSpinBox::valueChanged, this, [this] {
                if (!m_loading)
                    emit changed();
            });
    }
    m_stopSet = new QCheckBox(tr("Stop sequences"), this);
    m_stopSet->setObjectName(QStringLiteral("stopSet"));
    m_stop = new QPlainTextEdit(this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setAccessibleName(tr("Stop sequences, one per line (\\n for a line break)"));
    m_stop->setPlaceholderText(tr("one per line; \\n stands for a line break"));
    m_stop->setMaximumHeight(m_stop->fontMetrics().lineSpacing() * 4 + 12);
    m_stop->setEnabled(false);
    connect(m_stopSet, &QCheckBox::toggled, m_stop, &QWidget::setEnabled);
    connect(m_stopSet, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_stop, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    form->addRow(m_stopSet, m_stop);

    m_stream = new QCheckBox(tr("Stream the answer"), this);
    m_stream->setObjectName(QStringLiteral("stream"));
    m_stream->setChecked(true);
    m_usage = new QCheckBox(tr("Ask for usage"), this);
    m_usage->setObjectName(QStringLiteral("includeUsage"));
    m_usage->setToolTip(tr("At the end of a stream (stream_options.include_usage): tokens, "
                           "tokens/s and cost then come from the server's count"));
    m_usage->setChecked(true);
    connect(m_stream, &QCheckBox::toggled, m_usage, &QWidget::setEnabled);
    for (QCheckBox* b : {m_stream, m_usage})
        connect(b, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
    form->addRow(m_stream);
    form->addRow(m_usage);
    addLogprobRow(form);
}

// Token probabilities: the answer can then be tinted by them and regenerated from any token.
void ParamsEditor::addLogprobRow(QFormLayout* form) {
    m_logprobs = new QCheckBox(tr("Token probabilities"), this);
    m_logprobs->setObjectName(QStringLiteral("logprobs"));
    m_logprobs->setToolTip(tr("logprobs: each answer token's probability, for the answer's tint "
                              "and its alternatives"));
    m_topLogprobs = new QSpinBox(this);
    m_topLogprobs->setObjectName(QStringLiteral("topLogprobs"));
    m_topLogprobs->setRange(0, kMaxTopLogprobs);
    m_topLogprobs->setValue(5);
    m_topLogprobs->setSuffix(tr(" alternatives"));
    m_topLogprobs->setAccessibleName(tr("Alternatives per token (top_logprobs)"));
    m_topLogprobs->setEnabled(false);
    connect(m_logprobs, &QCheckBox::toggled, m_topLogprobs, &QWidget::setEnabled);
    connect(m_logprobs, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_topLogprobs, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    form->addRow(m_logprobs, m_topLogprobs);
}

ChatParams ParamsEditor::params() const {
    ChatParams p;
    if (m_temperature.set->isChecked())
        p.temperature = doubleOf(m_temperature.value);
    if (m_maxTokens.set->isChecked())
        p.maxTokens = intOf(m_maxTokens.value);
    if (m_topP.set->isChecked())
        p.topP = doubleOf(m_topP.value);
    if (m_seed.set->isChecked())
        p.seed = intOf(m_seed.value);
    if (m_presence.set->isChecked())
        p.presencePenalty = doubleOf(m_presence.value);
    if (m_frequency.set->isChecked())
        p.frequencyPenalty = doubleOf(m_frequency.value);
    if (m_stopSet->isChecked())
        p.stop = parseStops(m_stop->toPlainText());
    p.includeUsage = m_stream->isChecked() && m_usage->isChecked();
    p.logprobs = m_logprobs->isChecked();
    if (p.logprobs)
        p.topLogprobs = m_topLogprobs->value();
    return p;
}

void ParamsEditor::setParams(const ChatParams& p) {
    m_loading = true;
    const auto setDouble = [](const Row& r, const std::optional<double>& v) {
        r.set->setChecked(v.has_value());
        if (v)
            static_cast<QDoubleSpinBox*>(r.value)->setValue(*v);
    };
    setDouble(m_temperature, p.temperature);
    setDouble(m_topP, p.topP);
    setDouble(m_presence, p.presencePenalty);
    setDouble(m_frequency, p.frequencyPenalty);
    m_maxTokens.set->setChecked(p.maxTokens.has_value());
    if (p.maxTokens)
        static_cast<QSpinBox*>(m_maxTokens.value)->setValue(*p.maxTokens);
    m_seed.set->setChecked(p.seed.has_value());
    if (p.seed)
        static_cast<QSpinBox*>(m_seed.value)->setValue(int(*p.seed));
    m_stopSet->setChecked(!p.stop.isEmpty());
    m_stop->setPlainText(formatStops(p.stop));
    m_usage->setChecked(p.includeUsage || !m_stream->isChecked());
    m_logprobs->setChecked(p.logprobs);
    if (p.topLogprobs)
        m_topLogprobs->setValue(*p.topLogprobs);
    m_loading = false;
    emit changed();
}

bool ParamsEditor::stream() const {
    return m_stream->isChecked();
}
void ParamsEditor::setStream(bool on) {
    m_stream->setChecked(on);
}

} // namespace ik
