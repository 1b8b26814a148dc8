package org.maagal.directory;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider in the test's process: Spring Authorization Server with a login form, one client
 * (Maagal) and the municipality's people, their sign-in names and groups in the ID token as Entra ID gives them. It
 * answers on {@code 127.0.0.1}, a host of its own for the browser's cookies (Maagal answers on {@code localhost}).
 * Not a configuration class, so that the tests' scanning of {@code org.maagal} leaves it alone; {@link #start} is its
 * only way in.
 */
class OpenIdProvider {

  static final String CLIENT_ID = "maagal";
  static final String CLIENT_SECRET = "provider-secret-for-tests";

  /** A person the provider knows: their password there, and the claims it gives about them. */
  record Person(String login, String password, String preferredUsername, String givenName, String familyName,
      String email, List<String> groups) {
  }

  private static final Map<String, Person> people = new ConcurrentHashMap<>();
  private static volatile String redirectUri = "http://localhost/unset";

  private final ConfigurableApplicationContext context;

  private OpenIdProvider(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static OpenIdProvider start(List<Person> known) {
    known.forEach(person -> people.put(person.login(), person));
    var context = new SpringApplicationBuilder(OpenIdProvider.Setup.class)
        .properties("server.port=0", "server.address=127.0.0.1", "spring.config.name=oidc-provider",
            "spring.main.banner-mode=off", "server.servlet.session.cookie.name=PROVIDER_SESSION")
        .run();
    return new OpenIdProvider(context);
  }

  String issuer() {
    return "http://127.0.0.1:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  /** Where the provider sends the person back: known once Maagal listens. */
  void redirectTo(String uri) {
    redirectUri = uri;
  }

  /** IT changes the person at the provider (their groups, say). */
  void change(Person person) {
    people.put(person.login(), person);
  }

  void stop() {
    context.close();
  }

  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
      SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
  static class Setup {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
              new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService users() {
      return login -> {
        var person = people.get(login);
        if (person == null) {
          throw new UsernameNotFoundException(login);
        }
        return User.withUsername(person.login()).password("{noop}" + person.password()).roles("PERSON").build();
      };
    }

    /** Maagal, with the address it listens on as it is now. */
    @Bean
    RegisteredClientRepository clients() {
      return new RegisteredClientRepository() {
        @Override
        public void save(RegisteredClient client) {
          // the provider re-encodes the client's secret after its first use: the one client stays as it is
        }

        @Override
        public RegisteredClient findById(String id) {
          return CLIENT_ID.equals(id) ? maagal() : null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
          return CLIENT_ID.equals(clientId) ? maagal() : null;
        }
      };
    }

    private static RegisteredClient maagal() {
      return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(redirectUri)
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
          .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build();
    }

    /** The ID token says who the person is and which groups they are in, as the provider has them now. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claimsOfThePerson() {
      return context -> {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          return;
        }
        var person = people.get(context.getPrincipal().getName());
        var claims = context.getClaims();
        claims.claim("preferred_username", person.preferredUsername());
        if (person.givenName() != null) {
          claims.claim("given_name", person.givenName());
        }
        if (person.familyName() != null) {
          claims.claim("family_name", person.familyName());
        }
        if (person.email() != null) {
          claims.claim("email", person.email());
        }
        claims.claim("groups", person.groups());
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
          .keyID(UUID.randomUUID().toString()).build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
