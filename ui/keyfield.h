#pragma once
// A masked key field with a reveal toggle. Pasting applies only the safe fixes (normaliseKey)
// and reports what changed; the text never leaves this widget except through key().

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace ik::ui {

class KeyField : public QWidget {
    Q_OBJECT
public:
    explicit KeyField(QWidget* parent = nullptr);
    QString key() const;
    void setKey(const QString& key);
    void setPlaceholderText(const QString& text);
    void setAccessibleFieldName(const QString& name);
    QLineEdit* lineEdit() const { return m_edit; }
    bool isRevealed() const;
    void setRevealed(bool revealed);
    void pasteNormalised(); // what Ctrl+V and the context menu's Paste do

signals:
    void keyChanged(const QString& key);
    void normalisedOnPaste(const QStringList& changes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
    QToolButton* m_reveal;
};

} // namespace ik::ui
