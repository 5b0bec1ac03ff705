package org.claimbench.ui.claims;

import java.util.List;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * The Claims table's right-click menu: show, edit, tag as a source, speaker, topic (one click for each topic there is),
 * verdict, re-place, accept a changed wording or make an orphan, delete; what applies to the selected rows only is shown.
 */
final class ClaimsContextMenu {

    private ClaimsContextMenu() {
    }

    /**
     * The menu; {@code edit}, {@code setTopic}, {@code verdict}, {@code setSpeaker} and {@code similar} are the table's own
     * actions (F2, T, V, S, M).
     */
    static ContextMenu of(ClaimsTableViewModel vm, WorkspaceModel model, TopicsViewModel topics, TableView<ClaimRow> table,
            Runnable editAction, Runnable setTopicAction, Runnable verdictAction, Runnable speakerAction, Runnable similarAction) {
        MenuItem jump = new MenuItem("Show in article");
        jump.setOnAction(e -> vm.jumpTo(SelectionKeeper.current(table)));
        MenuItem edit = new MenuItem("Edit…  (F2)");
        edit.setOnAction(e -> editAction.run());
        Menu tagAs = new Menu("Tag as");
        MenuItem replace = new MenuItem("Re-place at the selected text");
        replace.setOnAction(e -> {
            ClaimRow r = SelectionKeeper.current(table);
            if (r != null) {
                vm.commands().replaceAtSelection(r);
            }
        });
        MenuItem accept = new MenuItem("Take the new words");
        accept.setId("acceptNewWording");
        accept.setOnAction(e -> vm.commands().acceptNewWording(List.copyOf(table.getSelectionModel().getSelectedItems())));
        MenuItem orphan = new MenuItem("Make orphan (the marked words are gone)");
        orphan.setId("makeOrphan");
        orphan.setOnAction(e -> vm.commands().makeOrphans(List.copyOf(table.getSelectionModel().getSelectedItems())));
        MenuItem delete = new MenuItem("Delete  (Del)");
        delete.setOnAction(e -> vm.commands().delete(List.copyOf(table.getSelectionModel().getSelectedItems())));
        MenuItem verdict = new MenuItem("Verdict…  (V)");
        verdict.setId("claimsVerdict");
        verdict.setOnAction(e -> verdictAction.run());
        MenuItem setTopic = new MenuItem("Set topic…  (T)");
        setTopic.setId("claimsSetTopic");
        setTopic.setOnAction(e -> setTopicAction.run());
        Menu topicAs = new Menu("Topic");
        MenuItem similar = new MenuItem("Select similar claims  (M)");
        similar.setId("claimsSelectSimilar");
        similar.setOnAction(e -> similarAction.run());
        MenuItem speaker = new MenuItem("Set speaker…  (S)");
        speaker.setId("claimsSetSpeaker");
        speaker.setOnAction(e -> speakerAction.run());
        ContextMenu menu = new ContextMenu(jump, edit, tagAs, speaker, setTopic, topicAs, similar, verdict, replace, accept, orphan, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            List<ClaimRow> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
            boolean anyChanged = sel.stream().anyMatch(ClaimRow::changed);
            accept.setVisible(anyChanged);
            orphan.setVisible(anyChanged);
            replace.setVisible(sel.size() == 1);
            // The topics there are, one click each, and none.
            topicAs.getItems().clear();
            for (TopicRow r : topics.rows()) {
                MenuItem item = new MenuItem(r.label(), ColourDot.of(r.colour(), 4));
                item.setOnAction(x -> topics.setTopic(selectedIds(table), r.label()));
                topicAs.getItems().add(item);
            }
            MenuItem none = new MenuItem("No topic");
            none.setOnAction(x -> topics.setTopic(selectedIds(table), ""));
            topicAs.getItems().addAll(new SeparatorMenuItem(), none);
            tagAs.getItems().clear();
            for (int i = 0; i < model.sources().size(); i++) {
                Source s = model.sources().get(i);
                MenuItem item = new MenuItem((i < 9 ? (i + 1) + "  " : "") + s.name(), ColourDot.of(s.colour(), 5));
                item.setOnAction(x -> vm.commands().retag(List.copyOf(table.getSelectionModel().getSelectedItems()), s));
                tagAs.getItems().add(item);
            }
        });
        return menu;
    }

    private static List<Long> selectedIds(TableView<ClaimRow> table) {
        return table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).toList();
    }
}
