#pragma once
// The tools a request offers, beside the parameters: a JSON array checked as typed (checkTools),
// the mistake underlined where it is, and tool_choice and parallel_tool_calls next to it.

#include "toolspec.h"
#include "wire.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ik {

class ToolsEditor : public QWidget {
    Q_OBJECT
public:
    explicit ToolsEditor(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    const ToolsCheck& check() const { return m_check; }
    QString status() const; // what the line under the field says
    ToolChoice choice() const;
    void setChoice(const ToolChoice& choice);
    std::optional<bool> parallel() const;
    // What a request carries of all this; false (and the reason) while the tools are not valid.
    bool applyTo(ChatRequest* request, QString* why) const;

signals:
    void changed();

private:
    void recheck();
    void refreshChoices();
    QPlainTextEdit* m_text;
    QLabel* m_status;
    QComboBox* m_choice;
    QComboBox* m_parallel;
    ToolsCheck m_check;
};

} // namespace ik
