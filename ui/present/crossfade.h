// SPDX-License-Identifier: GPL-3.0-or-later
// A cross-fade from what a widget showed to what it shows now: a picture of the old state laid
// over the widget and faded out, while the widget underneath already draws the new state. No
// graphics effect is involved: an opacity effect left on the presentation's body kept a blend
// of the old and the new scenario on screen after its fade had ended (issue 14).
#pragma once

#include <QPixmap>
#include <QWidget>

class QVariantAnimation;

namespace atlas {

class CrossFade : public QWidget
{
    Q_OBJECT
public:
    // Takes the picture of `target` as it is now. Change the target, then start().
    explicit CrossFade(QWidget* target, int durationMs);

    // Fades the old picture out and deletes itself when done.
    void start();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPixmap m_before;
    qreal m_opacity = 1.0;
    QVariantAnimation* m_animation;
};

} // namespace atlas
