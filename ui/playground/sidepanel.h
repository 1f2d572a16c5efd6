#pragma once
// A collapsible panel at the side of a view (the playground's Parameters): a header with its
// title and a collapse/expand button, scrollable contents, and a footer that stays in sight
// below them. Collapsed, it is a narrow strip holding the button alone, so the main area gets
// the room back. Expanded or collapsed is remembered across restarts under a settings key.
//
//   auto* panel = new SidePanel(tr("Parameters"), u"playground/paramsPanel"_s, parent);
//   panel->setContents(page);          // the scroll area owns it
//   panel->setFooter(totalsLabel);     // optional, always visible
//   view->addAction(panel->toggleAction()); // its shortcut, and a menu entry

#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace ik {

class SidePanel : public QWidget {
    Q_OBJECT
public:
    SidePanel(const QString& title, const QString& settingsKey, QWidget* parent = nullptr);

    void setContents(QWidget* contents);
    void setFooter(QWidget* footer);
    QWidget* contents() const;
    QScrollArea* scrollArea() const { return m_scroll; }
    // Checkable; checked = expanded. Its shortcut works while focus is inside the view that
    // holds it (Qt::WidgetWithChildrenShortcut).
    QAction* toggleAction() const { return m_action; }
    QToolButton* toggleButton() const { return m_button; }

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool on);

    // The width of the expanded panel: wide enough for a parameter's label beside its value.
    int expandedWidth() const;

    // Its contents scroll: its height never depends on its width, whatever they wrap.
    bool hasHeightForWidth() const override { return false; }

signals:
    void expandedChanged(bool expanded);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showState();

    QString m_settingsKey;
    QString m_title;
    bool m_expanded = true;
    QLabel* m_titleLabel;
    QToolButton* m_button;
    QAction* m_action;
    QScrollArea* m_scroll;
    QWidget* m_strip; // the collapsed strip's vertical title
    QWidget* m_footerHolder;
    QVBoxLayout* m_footerLayout;
};

} // namespace ik
