package dev.bulwark.rules.secrets;

/** Credential formats recognised by their value alone. */
public enum SecretKind {
    AWS_ACCESS_KEY_ID("AWS access key id", "AKIA…"),
    GITHUB_TOKEN("GitHub token", "ghp_…"),
    GITLAB_TOKEN("GitLab personal access token", "glpat-…"),
    HUGGING_FACE_TOKEN("Hugging Face token", "hf_…"),
    ANTHROPIC_API_KEY("Anthropic API key", "sk-ant-…"),
    OPENAI_API_KEY("OpenAI API key", "sk-…"),
    SLACK_TOKEN("Slack token", "xox…"),
    STRIPE_KEY("Stripe live key", "sk_live_…"),
    JWT("JSON web token", "eyJ…"),
    GOOGLE_SERVICE_ACCOUNT_KEY("Google service-account key", "\"private_key\": …"),
    PRIVATE_KEY("private key block", "-----BEGIN … PRIVATE KEY-----");

    private final String description;
    private final String shape;

    SecretKind(String description, String shape) {
        this.description = description;
        this.shape = shape;
    }

    /** What the secret is, for messages: {@code GitHub token}. */
    public String description() {
        return description;
    }

    /** The public shape of the format, safe to show: {@code ghp_…}. Never part of the value. */
    public String shape() {
        return shape;
    }
}
