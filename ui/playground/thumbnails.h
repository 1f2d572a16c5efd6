#pragma once
// Thumbnails of a turn's images (DESIGN.md "Words": a turn may hold images), for the composer's
// attachments and for whatever displays turns. Self-contained: a row widget, a delegate that
// paints ConversationModel::ImagesRole beside a turn's text, and the one decode-and-scale
// function both use (cached, since a turn's images never change).

#include <QByteArray>
#include <QPixmap>
#include <QStyledItemDelegate>
#include <QWidget>

class QHBoxLayout;

namespace ik {

// The image scaled to fit edge×edge, decoded once per key (the image's sha256); a format Qt
// cannot decode here (WebP without its plugin) gets a tile naming the format instead.
QPixmap imageThumbnail(const QByteArray& bytes, const QString& key, const QString& format,
                       int edge);

// A row of thumbnails, each with its label as tooltip and accessible name, and a remove button
// when removable (the composer's attachments).
class ThumbnailStrip : public QWidget {
    Q_OBJECT
public:
    struct Item {
        QByteArray bytes;
        QString key;    // sha256
        QString format; // PNG, JPEG, ...
        QString label;  // "shot.png · PNG, 64×32, 1.2 KB"
    };
    explicit ThumbnailStrip(bool removable, int edge = 56, QWidget* parent = nullptr);
    void setItems(const QList<Item>& items);
    int count() const { return int(m_items.size()); }
    QString labelAt(int index) const { return m_items.value(index).label; }
    // ConversationModel::ImagesRole's maps as items.
    static QList<Item> itemsFromRole(const QVariantList& images);

signals:
    void removeRequested(int index);

private:
    bool m_removable;
    int m_edge;
    QList<Item> m_items;
    QHBoxLayout* m_row;
};

// Paints a turn's images (ImagesRole) as small thumbnails before its text; rows without images
// are painted as QStyledItemDelegate paints them.
class ThumbnailDelegate : public QStyledItemDelegate {
public:
    explicit ThumbnailDelegate(QObject* parent = nullptr, int edge = 32);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_edge;
};

} // namespace ik
