#pragma once
// The request parameters. Each has an "unset" state, and an unset one is
// left out of the request, so the server's own default applies.

#include "wire.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QPlainTextEdit;
class QSpinBox;

namespace ik {

class ParamsEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParamsEditor(QWidget* parent = nullptr);

    ChatParams params() const;
    void setParams(const ChatParams& params);
    bool stream() const;
    void setStream(bool on);

signals:
    void changed();

private:
    struct Row {
        QCheckBox* set;
        QWidget* value;
    };
    Row m_temperature, m_maxTokens, m_topP, m_seed, m_presence, m_frequency;
    QCheckBox* m_stopSet;
    QPlainTextEdit* m_stop;
    QCheckBox* m_stream;
    QCheckBox* m_usage;
    QCheckBox* m_logprobs; // logprobs, with top_logprobs alternatives from m_topLogprobs
    QSpinBox* m_topLogprobs;
    bool m_loading = false;
    void addLogprobRow(QFormLayout* form);
};

} // namespace ik
