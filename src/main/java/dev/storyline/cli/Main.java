package dev.storyline.cli;

/** Entry point of the {@code storyline} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("storyline");
    }
}
