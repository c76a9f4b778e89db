"""The home view on the seed demo: an action plan opens from it in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ogpdesk.core.demo import load_demo
from ogpdesk.core.store import Store
from ogpdesk.ui.actionplan import ActionPlanView
from ogpdesk.ui.home import PROCESS_ROLE
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations


def test_the_el_kef_action_plan_opens_from_the_home_view(
    qtbot, ops: Operations, store: Store
) -> None:
    with store.transaction() as session:
        load_demo(session)
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    home = window.home
    groups = [home.tree.topLevelItem(i) for i in range(home.tree.topLevelItemCount())]
    kef = next(g for g in groups if "Kef" in g.text(0))
    strategy = next(g for g in groups if "strategic planning" in g.text(0))

    # A meeting of the 2016 sessions belongs to no action plan.
    home.tree.setCurrentItem(strategy.child(0))
    assert not home.plan_button.isEnabled()
    # One of El Kef's meetings, or the plan's own title, leads to the plan.
    home.tree.setCurrentItem(kef.child(0))
    assert home.plan_button.isEnabled()
    qtbot.mouseClick(home.plan_button, Qt.MouseButton.LeftButton)
    plan = home.plan_windows[kef.data(0, PROCESS_ROLE)]
    assert isinstance(plan, ActionPlanView) and plan.isVisible() and plan.isWindow()
    assert "Kef" in plan.windowTitle()
    assert plan.dashboard.chart.data is not None
    assert len(plan.dashboard.chart.data.series) == 6
    assert plan.commitments.tree.topLevelItemCount() == 6

    # Closed, it opens again with Enter on the plan's title; once open, Enter brings the
    # same window to the front rather than a second one.
    plan.close()
    assert not plan.isVisible()
    home.tree.setCurrentItem(kef)
    home.tree.setFocus()
    qtbot.keyClick(home.tree, Qt.Key.Key_Return)
    again = home.plan_windows[kef.data(0, PROCESS_ROLE)]
    assert again.isVisible()
    qtbot.keyClick(home.tree, Qt.Key.Key_Return)
    assert home.plan_windows[kef.data(0, PROCESS_ROLE)] is again
    assert len([w for w in home.findChildren(ActionPlanView) if w.isVisible()]) == 1
    assert window.meeting is None  # no meeting was opened on the way
